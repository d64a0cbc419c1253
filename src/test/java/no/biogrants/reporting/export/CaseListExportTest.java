package no.biogrants.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import no.biogrants.document.FileFormat;
import no.biogrants.document.ReportTexts;
import no.biogrants.reporting.CaseRow;
import no.biogrants.reporting.SpendingFigures;
import no.biogrants.shared.Money;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CaseListExportTest {

  private static final UnaryOperator<String> TEXT =
      key -> ResourceBundle.getBundle("messages", Locale.forLanguageTag("nb")).getString(key);
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneId.of("Europe/Oslo"));

  /** {@code n} generated cases, made one at a time as the export asks for them (never a list). */
  private static Iterator<CaseRow> cases(int n) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public CaseRow next() {
        i++;
        SpendingFigures f =
            new SpendingFigures(
                1,
                Money.ofKroner(100_000),
                Money.ofKroner(80_000),
                Money.ofKroner(75_000),
                Money.ofKroner(75_000),
                Money.of("0.25"),
                Money.ZERO,
                Money.ZERO,
                3,
                120);
        return new CaseRow(
            i,
            "2020-" + String.format("%04d", i),
            "34",
            6,
            "BIO Innlandet",
            2,
            "Bedrift " + i,
            "974760673",
            "25.110",
            12,
            "DIGITAL",
            "GRANTED",
            LocalDateTime.of(2020, 5, 4, 10, 15),
            "DE_MINIMIS",
            f);
      }
    };
  }

  private static byte[] export(FileFormat format, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseListExport.write(
        format,
        cases(n),
        TEXT,
        ReportTexts.of(TEXT, "reports.std.cases"),
        Map.of("År", "2020"),
        AT,
        out);
    return out.toByteArray();
  }

  @Test
  void repR5_repR6_theWorkbookStreamsEveryCaseWithTotalsAtTheEnd() throws Exception {
    int n = 2_500; // well past the SXSSF window of 100 rows

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(FileFormat.XLSX, n)))) {
      XSSFSheet sheet = wb.getSheet("Data");
      assertThat(sheet.getLastRowNum()).isEqualTo(n + 1);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Referanse");
      assertThat(sheet.getRow(n).getCell(0).getStringCellValue()).isEqualTo("2020-2500");
      assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("C");
      assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("10-49");
      assertThat(sheet.getRow(1).getCell(13).getCellStyle().getDataFormatString())
          .isEqualTo("dd.mm.yyyy hh:mm");
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      // applied is the 16th column (P): 2 500 × 100 000
      assertThat(sheet.getRow(n + 1).getCell(15).getCellFormula())
          .isEqualTo("SUM(P2:P" + (n + 1) + ")");
      assertThat(evaluator.evaluate(sheet.getRow(n + 1).getCell(15)).getNumberValue())
          .isEqualTo(250_000_000.0);
      assertThat(evaluator.evaluate(sheet.getRow(n + 1).getCell(19)).getNumberValue())
          .isEqualTo(625.0); // disbursed 0.25 each
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void jsonIsAnArrayOfObjectsNamedByTheColumnIds() {
    JsonArray cases =
        Json.createReader(
                new StringReader(new String(export(FileFormat.JSON, 3), StandardCharsets.UTF_8)))
            .readArray();

    assertThat(cases).hasSize(3);
    assertThat(cases.getJsonObject(0).getString("reference")).isEqualTo("2020-0001");
    assertThat(cases.getJsonObject(0).getJsonNumber("applied").bigDecimalValue())
        .isEqualByComparingTo("100000");
    assertThat(cases.getJsonObject(0).getString("industry")).isEqualTo("C");
    assertThat(cases.getJsonObject(2).getJsonNumber("trainingHours").longValue()).isEqualTo(120);
    assertThat(cases.getJsonObject(0).getString("submittedAt"))
        .endsWith("Z")
        .isEqualTo(
            LocalDateTime.of(2020, 5, 4, 10, 15)
                .atZone(ZoneId.systemDefault())
                .toInstant()
                .toString());
  }

  @Test
  void csvHasTheCaseColumnsInTheirDocumentedOrder() {
    String csv = new String(export(FileFormat.CSV, 1), StandardCharsets.UTF_8).substring(1);

    assertThat(csv.split("\r\n")[0])
        .isEqualTo(
            "reference;id;county;round;budgetLineId;company;orgNumber;naceCode;industry;employees;sizeBand;purpose;status;submittedAt;"
                + "stateAidBasis;applied;recommended;granted;committed;disbursed;released;reclaimed;participants;trainingHours");
    assertThat(csv.split("\r\n")[1])
        .contains(
            ";04.05.2020 10:15;DE_MINIMIS;100000,00;80000,00;75000,00;75000,00;0,25;0,00;0,00;3;120");
  }
}
