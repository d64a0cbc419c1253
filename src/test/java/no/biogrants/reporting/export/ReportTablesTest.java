package no.biogrants.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import no.biogrants.document.ReportTexts;
import no.biogrants.document.TableWorkbook;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.OversubscriptionRow;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.SpendingFigures;
import no.biogrants.reporting.SpendingRow;
import no.biogrants.shared.Money;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneId.of("Europe/Oslo"));

  private static String text(String key) {
    return ResourceBundle.getBundle("messages", Locale.forLanguageTag("nb")).getString(key);
  }

  private static SpendingFigures figures(
      long applications, String applied, String committed, long participants) {
    return new SpendingFigures(
        applications,
        Money.of(applied),
        Money.ZERO,
        Money.ZERO,
        Money.of(committed),
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        participants,
        0);
  }

  private static XSSFWorkbook open(ReportTable table) throws IOException {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("År", "2020");
    return new XSSFWorkbook(
        new ByteArrayInputStream(
            table.xlsx(ReportTexts.of(ReportTablesTest::text, table.name()), filters, AT)));
  }

  @Test
  void aSpendingReportHasLabelKeyAndTheChosenMeasuresWithSumFormulas() throws IOException {
    List<SpendingRow> rows =
        List.of(
            new SpendingRow("03", "Oslo", figures(2, "300000.50", "200000.25", 14)),
            new SpendingRow("34", "Innlandet", figures(3, "450000", "100000", 6)));
    ReportTable table =
        ReportTables.spending(
            "reports.std.participantsByCounty",
            Dimension.COUNTY,
            List.of(
                ReportMeasure.APPLICATIONS,
                ReportMeasure.APPLIED,
                ReportMeasure.COMMITTED,
                ReportMeasure.PARTICIPANTS),
            rows,
            ReportTablesTest::text);

    try (XSSFWorkbook wb = open(table)) {
      XSSFSheet sheet = wb.getSheet("Data");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Fylke");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Søknader");
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Deltakere");
      Row oslo = sheet.getRow(1);
      assertThat(oslo.getCell(1).getStringCellValue()).isEqualTo("03");
      assertThat(oslo.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(oslo.getCell(3).getNumericCellValue()).isEqualTo(300000.50);
      assertThat(oslo.getCell(3).getCellStyle().getDataFormatString())
          .isEqualTo(TableWorkbook.NOK_FORMAT);
      assertThat(oslo.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      Row total = sheet.getRow(3);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Sum");
      assertThat(total.getCell(3).getCellFormula()).isEqualTo("SUM(D2:D3)");
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluator.evaluate(total.getCell(3)).getNumberValue()).isEqualTo(750000.50);
      assertThat(evaluator.evaluate(total.getCell(4)).getNumberValue()).isEqualTo(300000.25);
      assertThat(evaluator.evaluate(total.getCell(5)).getNumberValue()).isEqualTo(20);
      assertThat(total.getCell(1))
          .satisfiesAnyOf(
              c -> assertThat(c).isNull(),
              c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");

      XSSFSheet about = wb.getSheet("Om rapporten");
      assertThat(about.getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("Deltakere og opplæringstimer per fylke");
      assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("27.11.2026 09:30");
      assertThat(about.getRow(2).getCell(0).getStringCellValue()).isEqualTo("År");
      boolean defined = false;
      for (Row row : about) {
        if (row.getCell(0) != null
            && "Bundet (tilsagn)".equals(row.getCell(0).getStringCellValue())) {
          defined = row.getCell(1).getStringCellValue().contains("COMMITMENT");
        }
      }
      assertThat(defined).as("the committed column is defined on the about sheet").isTrue();
    }
  }

  @Test
  void byTwoDimensionsEachDimensionHasItsLabelAndKeyColumnsBeforeTheMeasures() throws IOException {
    List<SpendingRow> rows =
        List.of(
            new SpendingRow(
                "DIGITAL",
                "Digital kompetanse",
                "03",
                "Oslo",
                figures(2, "300000.50", "200000.25", 14)),
            new SpendingRow(
                "DIGITAL", "Digital kompetanse", "34", "Innlandet", figures(1, "100000", "0", 2)));
    ReportTable table =
        ReportTables.spending(
            "reports.std.spendingByCountyAndPurpose",
            new Grouping(Dimension.PURPOSE, Dimension.COUNTY),
            List.of(ReportMeasure.APPLICATIONS, ReportMeasure.APPLIED),
            rows,
            ReportTablesTest::text);

    assertThat(table.columns())
        .extracting(ReportColumn::id)
        .containsExactly("purpose", "key", "county", "key2", "applications", "applied");
    assertThat(new String(table.csv(), StandardCharsets.UTF_8))
        .contains("Digital kompetanse;DIGITAL;Innlandet;34;1;100000");
    try (XSSFWorkbook wb = open(table)) {
      Row total = wb.getSheet("Data").getRow(3);
      assertThat(total.getCell(5).getCellFormula()).isEqualTo("SUM(F2:F3)");
      assertThat(
              wb.getCreationHelper()
                  .createFormulaEvaluator()
                  .evaluate(total.getCell(5))
                  .getNumberValue())
          .isEqualTo(400000.50);
    }
  }

  @Test
  void oversubscriptionIsAPercentCellAndEmptyWithoutMoney() throws IOException {
    List<OversubscriptionRow> rows =
        List.of(
            new OversubscriptionRow(
                "34",
                "Innlandet",
                null,
                4,
                Money.ofKroner(1_450_000),
                Money.ZERO,
                Money.ZERO,
                Money.ofKroner(1_000_000)),
            new OversubscriptionRow(
                "46", "Vestland", null, 1, Money.ofKroner(10), Money.ZERO, Money.ZERO, Money.ZERO));

    try (XSSFWorkbook wb =
        open(
            ReportTables.oversubscription(
                "reports.std.oversubscriptionByCounty",
                Dimension.COUNTY,
                rows,
                ReportTablesTest::text))) {
      XSSFSheet sheet = wb.getSheet("Data");
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Overtegning");
      assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1.45);
      assertThat(sheet.getRow(1).getCell(7).getCellStyle().getDataFormatString())
          .isEqualTo(TableWorkbook.PERCENT_FORMAT);
      assertThat(sheet.getRow(2).getCell(7).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(sheet.getRow(3).getCell(6).getCellFormula()).isEqualTo("SUM(G2:G3)");
    }
  }
}
