package no.biogrants.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import no.biogrants.shared.Money;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook every report is exported as (numeric cells, formats, frozen header, filter, totals,
 * the about sheet).
 */
class TableWorkbookTest {

  private static final ZonedDateTime EXTRACTED_AT =
      ZonedDateTime.of(2024, 3, 5, 14, 7, 33, 0, ZoneId.of("Europe/Oslo"));

  // Amounts chosen to be exact in binary floating point, so sums compare exactly.
  private static final List<List<Object>> ROWS =
      List.of(
          List.of("Digital kompetanse", 3L, Money.of("1234567.50"), Money.of("1000000.25")),
          List.of("Grønn omstilling", 2L, Money.of("250000.25"), Money.of("200000")),
          List.of("Annet", 1L, Money.of("0.75"), Money.ZERO));

  private static final List<TableWorkbook.Column> COLUMNS =
      List.of(
          new TableWorkbook.Column("Opplæringsformål", TableWorkbook.Kind.TEXT, null),
          new TableWorkbook.Column(
              "Søknader", TableWorkbook.Kind.COUNT, text("reports.def.applications")),
          new TableWorkbook.Column(
              "Søkt beløp", TableWorkbook.Kind.NOK, text("reports.def.applied")),
          new TableWorkbook.Column(
              "Bundet (tilsagn)", TableWorkbook.Kind.NOK, text("reports.def.committed")));

  /** The real bokmål bundle, as the download servlet gives it. */
  private static String text(String key) {
    return ResourceBundle.getBundle("messages", Locale.forLanguageTag("nb")).getString(key);
  }

  private static Map<String, String> filters() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("År", "2024");
    filters.put("Fylke", "Agder");
    return filters;
  }

  private static XSSFWorkbook open(List<List<Object>> rows) throws IOException {
    byte[] bytes =
        TableWorkbook.build(
            ReportTexts.of(TableWorkbookTest::text, "reports.std.spendingByPurpose"),
            COLUMNS,
            rows,
            true,
            filters(),
            EXTRACTED_AT);
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @Test
  void hasTheFiguresSheetAndTheAboutSheet() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      assertThat(wb.getSheetName(0)).isEqualTo("Data");
      assertThat(wb.getSheetName(1)).isEqualTo("Om rapporten");
    }
  }

  @Test
  void headerRowNamesTheColumns() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      Row head = wb.getSheet("Data").getRow(0);
      List<String> texts = new ArrayList<>();
      head.forEach(c -> texts.add(c.getStringCellValue()));

      assertThat(texts)
          .containsExactly("Opplæringsformål", "Søknader", "Søkt beløp", "Bundet (tilsagn)");
      assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
    }
  }

  @Test
  void dataRowsHoldLabelsAndNumericCellsWithExactValues() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      Sheet sheet = wb.getSheet("Data");

      assertRow(sheet.getRow(1), "Digital kompetanse", 3, 1234567.50, 1000000.25);
      assertRow(sheet.getRow(2), "Grønn omstilling", 2, 250000.25, 200000.0);
      assertRow(sheet.getRow(3), "Annet", 1, 0.75, 0.0);
    }
  }

  private static void assertRow(
      Row row, String label, double applications, double applied, double granted) {
    assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(label);
    double[] expected = {applications, applied, granted};
    for (int i = 0; i < expected.length; i++) {
      Cell cell = row.getCell(i + 1);
      assertThat(cell.getCellType()).as("%s column %d", label, i + 1).isEqualTo(CellType.NUMERIC);
      assertThat(cell.getNumericCellValue())
          .as("%s column %d", label, i + 1)
          .isEqualTo(expected[i]);
    }
  }

  @Test
  void repR6_amountCellsUseTheNokFormatAndCountsAWholeNumberFormat() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      Sheet sheet = wb.getSheet("Data");
      for (int r = 1; r <= 4; r++) {
        Row row = sheet.getRow(r);
        assertThat(row.getCell(1).getCellStyle().getDataFormatString())
            .as("row %d", r)
            .isEqualTo("#,##0");
        assertThat(row.getCell(2).getCellStyle().getDataFormatString())
            .as("row %d", r)
            .isEqualTo(TableWorkbook.NOK_FORMAT);
        assertThat(row.getCell(3).getCellStyle().getDataFormatString())
            .as("row %d", r)
            .isEqualTo(TableWorkbook.NOK_FORMAT);
      }
    }
  }

  @Test
  void repR6_totalsRowHasSumFormulasThatEvaluateToTheTotals() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      Sheet sheet = wb.getSheet("Data");
      Row totals = sheet.getRow(4);
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();

      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
      String[] formulas = {"SUM(B2:B4)", "SUM(C2:C4)", "SUM(D2:D4)"};
      double[] sums = {6.0, 1484567.75 + 0.75, 1200000.25};
      for (int i = 0; i < 3; i++) {
        Cell cell = totals.getCell(i + 1);
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo(formulas[i]);
        assertThat(evaluator.evaluate(cell).getNumberValue()).as(formulas[i]).isEqualTo(sums[i]);
        // The cached value written with the file agrees (shown by viewers that do not recalculate).
        assertThat(cell.getNumericCellValue()).as("cached " + formulas[i]).isEqualTo(sums[i]);
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
    }
  }

  @Test
  void repR6_headerIsFrozenAndDataHasAnAutoFilter() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      XSSFSheet sheet = wb.getSheet("Data");
      PaneInformation pane = sheet.getPaneInformation();

      assertThat(pane).isNotNull();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
      // Header and data rows, not the totals row.
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D4");
    }
  }

  @Test
  void repR6_aboutSheetStatesTheFiltersAndTheExtractionTime() throws IOException {
    try (XSSFWorkbook wb = open(ROWS)) {
      Sheet about = wb.getSheet("Om rapporten");
      DataFormatter formatter = new DataFormatter();
      Map<String, String> lines = new LinkedHashMap<>();
      for (Row row : about) {
        lines.put(
            formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)));
      }

      assertThat(lines)
          .containsEntry("Rapport", "Forbruk per opplæringsformål")
          .containsEntry("Uttrekkstidspunkt", "05.03.2024 14:07")
          .containsEntry("År", "2024")
          .containsEntry("Fylke", "Agder")
          .containsKeys("Søknader", "Søkt beløp", "Bundet (tilsagn)");
      assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("05.03.2024 14:07");
      assertThat(about.getRow(2).getCell(0).getStringCellValue()).isEqualTo("År");
      assertThat(about.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Fylke");
    }
  }

  @Test
  void noRowsGiveZeroTotals() throws IOException {
    try (XSSFWorkbook wb = open(List.of())) {
      XSSFSheet sheet = wb.getSheet("Data");
      Row totals = sheet.getRow(1);
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();

      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
      for (int i = 1; i <= 3; i++) {
        assertThat(totals.getCell(i).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(evaluator.evaluate(totals.getCell(i)).getNumberValue()).isEqualTo(0.0);
      }
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D1");
    }
  }

  @Test
  void sameInputGivesTheSameContent() throws IOException {
    try (XSSFWorkbook first = open(ROWS);
        XSSFWorkbook second = open(ROWS)) {
      DataFormatter formatter = new DataFormatter();
      for (int s = 0; s < 2; s++) {
        Sheet a = first.getSheetAt(s);
        Sheet b = second.getSheetAt(s);
        assertThat(b.getLastRowNum()).isEqualTo(a.getLastRowNum());
        for (int r = 0; r <= a.getLastRowNum(); r++) {
          Row ra = a.getRow(r);
          Row rb = b.getRow(r);
          if (ra == null) {
            assertThat(rb).isNull();
            continue;
          }
          for (int c = 0; c < 4; c++) {
            assertThat(formatter.formatCellValue(rb.getCell(c)))
                .isEqualTo(formatter.formatCellValue(ra.getCell(c)));
          }
        }
      }
    }
  }
}
