package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static final Pattern RECORD_CALL = Pattern.compile("audit\\.record\\(");
  private static final Pattern CODE = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+|[A-Z]{4,})\"");
  private static final Pattern ENTITY = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z][a-z]+)+)\"");

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
        String source = Files.readString(file);
        Matcher call = RECORD_CALL.matcher(source);
        while (call.find()) {
          // Every code in the call: "A" : "B" ternaries too; the details are built from values.
          String arguments = source.substring(call.end(), source.indexOf(";", call.end()));
          Matcher code = CODE.matcher(arguments);
          while (code.find()) {
            if (AuditLabels.action(NB, code.group(1)).equals(code.group(1))) {
              unlabelled.add(file.getFileName() + ": " + code.group(1));
            }
          }
          Matcher entity = ENTITY.matcher(arguments);
          while (entity.find()) {
            if (AuditLabels.entity(NB, entity.group(1)).equals(entity.group(1))) {
              unlabelled.add(file.getFileName() + ": " + entity.group(1));
            }
          }
        }
      }
    }
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void theApiKeyAndAttachmentCodesRecordedThroughEventsHaveLabels() {
    for (String code :
        List.of(
            "API_KEY_CREATED",
            "API_KEY_REVOKED",
            "ATTACHMENT_ADDED",
            "ATTACHMENT_DELETED",
            "ATTACHMENT_READ")) {
      assertThat(AuditLabels.action(NB, code)).as(code).isNotEqualTo(code);
    }
  }
}
