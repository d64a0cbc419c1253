package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.biogrants.shared.MoneyFormat;
import org.junit.jupiter.api.Test;

/** The case page's audit trail reads as words, not as the codes the audit log stores. */
class AuditLabelsTest {

  private static final Locale NB = MoneyFormat.NORWEGIAN;

  private static final Pattern RECORDED =
      Pattern.compile("audit\\.record\\(\\s*[^,]+,\\s*\"([A-Z_]+)\",\\s*\"([A-Za-z]+)\"");

  @Test
  void statusLedgerAndAppealCodesTakeTheirEnumsLabels() {
    assertThat(AuditLabels.action(NB, "STATUS_SUBMITTED")).isEqualTo("Status: Sendt inn");
    assertThat(AuditLabels.action(NB, "LEDGER_COMMITMENT"))
        .isEqualTo("Postering: Tilsagn (bundet)");
    assertThat(AuditLabels.action(NB, "APPEAL_UPHELD_BY_BODY"))
        .isEqualTo("Klage: Stadfestet av klagenemnda");
    assertThat(AuditLabels.action(NB, "PAYMENT_PAID")).isEqualTo("Utbetalt");
    assertThat(AuditLabels.entity(NB, "GrantApplication")).isEqualTo("Søknad");
    assertThat(AuditLabels.action(Locale.ENGLISH, "STATUS_SUBMITTED")).startsWith("Status: ");
  }

  @Test
  void aCodeWithoutALabelIsShownAsItIs() {
    assertThat(AuditLabels.action(NB, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    assertThat(AuditLabels.action(NB, "STATUS_NO_SUCH")).isEqualTo("STATUS_NO_SUCH");
    assertThat(AuditLabels.entity(NB, "Unknown")).isEqualTo("Unknown");
  }

  @Test
  void everyActionAndEntityTheCodeRecordsHasALabel() throws IOException {
    Set<String> unlabelled = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher recorded = RECORDED.matcher(Files.readString(file));
        while (recorded.find()) {
          if (AuditLabels.action(NB, recorded.group(1)).equals(recorded.group(1))) {
            unlabelled.add(recorded.group(1));
          }
          if (AuditLabels.entity(NB, recorded.group(2)).equals(recorded.group(2))) {
            unlabelled.add(recorded.group(2));
          }
        }
      }
    }
    assertThat(unlabelled).isEmpty();
  }
}
