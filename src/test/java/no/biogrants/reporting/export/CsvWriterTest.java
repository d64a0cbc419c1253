package no.biogrants.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import no.biogrants.document.TableWorkbook.Kind;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static final List<ReportColumn> COLUMNS =
      List.of(
          new ReportColumn("label", "Formål", Kind.TEXT, null),
          new ReportColumn("applications", "Søknader", Kind.COUNT, null),
          new ReportColumn("applied", "Søkt", Kind.NOK, null),
          new ReportColumn("ratio", "Overtegning", Kind.PERCENT, null),
          new ReportColumn("submittedAt", "Sendt", Kind.DATE_TIME, null));

  private static String csv(List<List<Object>> rows) {
    byte[] bytes = CsvWriter.toBytes(COLUMNS, rows.iterator());
    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(CsvWriter.BOM);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void repR6_startsWithABomThenSemicolonSeparatedIdsAndRowsWithDecimalCommas() {
    String text =
        csv(
            List.of(
                Arrays.asList(
                    "Digital kompetanse",
                    3L,
                    Money.of("1234567.50"),
                    new BigDecimal("1.45"),
                    LocalDateTime.of(2020, 3, 5, 14, 7)),
                Arrays.asList("Språk", 0L, Money.ZERO, null, null)));

    assertThat(text.split("\r\n"))
        .containsExactly(
            "label;applications;applied;ratio;submittedAt",
            "Digital kompetanse;3;1234567,50;1,45;05.03.2020 14:07",
            "Språk;0;0,00;;");
  }

  @Test
  void repR6_textsWithSeparatorsAreQuotedAndFormulasAreDisarmed() {
    String text =
        csv(
            List.<List<Object>>of(
                Arrays.asList("Hansen; Berg \"AS\"", 1L, Money.of("-5"), null, null),
                Arrays.asList("=HYPERLINK(\"x\")", 1L, Money.ZERO, null, null)));

    String[] lines = text.split("\r\n");
    assertThat(lines[1]).isEqualTo("\"Hansen; Berg \"\"AS\"\"\";1;-5,00;;");
    assertThat(lines[2]).startsWith("\"'=HYPERLINK(\"\"x\"\")\";");
  }

  @Test
  void noRowsGiveTheHeaderAlone() {
    assertThat(csv(List.of())).isEqualTo("label;applications;applied;ratio;submittedAt\r\n");
  }
}
