package no.biogrants.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  private static BudgetLine lineWith(long allocated) {
    Allocation allocation =
        new Allocation(
            "BIO 2020",
            "Statsbudsjettet",
            2020,
            Money.ofKroner(allocated),
            EnumSet.of(FundPurpose.BIO),
            SplitMethod.MANUAL,
            "test",
            Instant.EPOCH);
    BudgetLine line = new BudgetLine(allocation, "34", 2020, "BIO 2020");
    line.apply(LedgerEntryType.ALLOCATION, Money.ofKroner(allocated));
    return line;
  }

  @Test
  void budB2_availableIsAllocatedPlusTransfersLessCommitted() {
    BudgetLine line = lineWith(1_000_000);
    line.apply(LedgerEntryType.TRANSFER, Money.ofKroner(200_000));
    line.apply(LedgerEntryType.COMMITMENT, Money.ofKroner(700_000));
    line.apply(LedgerEntryType.CARRY_OVER, Money.ofKroner(-100_000));

    assertThat(line.getAvailable()).isEqualTo(Money.ofKroner(400_000));
  }

  @Test
  void budB2_releaseAndReclaimGiveMoneyBackDisbursementDoesNot() {
    BudgetLine line = lineWith(1_000_000);
    line.apply(LedgerEntryType.COMMITMENT, Money.ofKroner(600_000));
    line.apply(LedgerEntryType.DISBURSEMENT, Money.ofKroner(450_000));
    assertThat(line.getAvailable()).isEqualTo(Money.ofKroner(400_000));

    line.apply(LedgerEntryType.RELEASE, Money.ofKroner(100_000));
    line.apply(LedgerEntryType.RECLAIM, Money.ofKroner(50_000));

    assertThat(line.getCommitted()).isEqualTo(Money.ofKroner(450_000));
    assertThat(line.getReleased()).isEqualTo(Money.ofKroner(100_000));
    assertThat(line.getReclaimed()).isEqualTo(Money.ofKroner(50_000));
    assertThat(line.getDisbursed()).isEqualTo(Money.ofKroner(450_000));
    assertThat(line.getAvailable()).isEqualTo(Money.ofKroner(550_000));
  }

  @Test
  void budB3_aReversalUndoesItsEntryExactly() {
    BudgetLine line = lineWith(1_000_000);
    line.apply(LedgerEntryType.COMMITMENT, Money.of("123456.78"));
    line.apply(LedgerEntryType.COMMITMENT, Money.of("-123456.78"));

    assertThat(line.getCommitted()).isEqualTo(Money.ZERO);
    assertThat(line.getAvailable()).isEqualTo(Money.ofKroner(1_000_000));
  }

  @Test
  void budB1_nothingMayLeaveTheLineOvercommittedAndTheRefusalNamesTheFigures() {
    BudgetLine line = lineWith(1_000_000);
    line.apply(LedgerEntryType.COMMITMENT, Money.ofKroner(900_000));

    assertThatThrownBy(() -> line.apply(LedgerEntryType.COMMITMENT, Money.ofKroner(100_001)))
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e -> {
              BusinessException b = (BusinessException) e;
              assertThat(b.messageKey()).isEqualTo("budget.insufficient");
              assertThat(b.arguments())
                  .containsExactly("BIO 2020", Money.ofKroner(100_000), Money.ofKroner(100_001));
            });
    assertThatThrownBy(
            () -> lineWith(1_000_000).apply(LedgerEntryType.TRANSFER, Money.ofKroner(-1_000_001)))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> lineWith(1_000).apply(LedgerEntryType.RELEASE, Money.ofKroner(1)))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("budget.negativeBalance");
  }
}
