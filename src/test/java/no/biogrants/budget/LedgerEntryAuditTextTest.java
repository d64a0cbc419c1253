package no.biogrants.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

/** A ledger entry's audit line writes its amount in Norwegian (issue 14, item 7). */
class LedgerEntryAuditTextTest {

  @Test
  void theAuditLineOfAnEntryWritesTheAmountInNorwegian() {
    LedgerEntry entry =
        new LedgerEntry(
            3L,
            LedgerEntryType.COMMITMENT,
            Money.ofKroner(110_000),
            Instant.EPOCH,
            "leder",
            LedgerRef.grant(42L),
            null,
            null);

    assertThat(entry.auditText())
        .isEqualTo("entry null: 110\u00a0000,00\u00a0kr application 42")
        .doesNotContain("110000.00");
  }
}
