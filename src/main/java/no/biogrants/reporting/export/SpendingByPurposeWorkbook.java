package no.biogrants.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import no.biogrants.reporting.SpendingByPurposeRow;

/**
 * Builds the "spending by purpose" workbook: one sheet of figures (numbers as numeric cells in a
 * NOK format, frozen header, auto-filter, totals as SUM formulas) and one sheet stating the filters,
 * the time of extraction and what each column means. A pure function of its input.
 */
public final class SpendingByPurposeWorkbook {

  /** Shown as "1 234 567,00 kr" in a Norwegian Excel or LibreOffice. */
  public static final String NOK_FORMAT = "#,##0.00\\ \"kr\"";

  public static final String SHEET_DATA = "Formål";
  public static final String SHEET_ABOUT = "Om rapporten";

  private SpendingByPurposeWorkbook() {}

  /**
   * @param labels Norwegian label per purpose
   * @param filters filter name → value, shown on the about sheet
   */
  public static byte[] build(
      List<SpendingByPurposeRow> rows,
      Map<String, String> labels,
      Map<String, String> filters,
      ZonedDateTime extractedAt) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle nok = workbook.createCellStyle();
      nok.setDataFormat(workbook.createDataFormat().getFormat(NOK_FORMAT));
      CellStyle nokBold = workbook.createCellStyle();
      nokBold.cloneStyleFrom(nok);
      nokBold.setFont(bold);
      CellStyle count = workbook.createCellStyle();
      count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

      Sheet sheet = workbook.createSheet(SHEET_DATA);
      String[] columns = {"Opplæringsformål", "Søknader", "Søkt beløp", "Innvilget beløp"};
      Row head = sheet.createRow(0);
      for (int i = 0; i < columns.length; i++) {
        Cell cell = head.createCell(i);
        cell.setCellValue(columns[i]);
        cell.setCellStyle(header);
      }
      int r = 1;
      for (SpendingByPurposeRow row : rows) {
        Row line = sheet.createRow(r++);
        line.createCell(0).setCellValue(labels.getOrDefault(row.purpose().name(), row.purpose().name()));
        Cell n = line.createCell(1);
        n.setCellValue(row.applications());
        n.setCellStyle(count);
        Cell applied = line.createCell(2);
        applied.setCellValue(row.applied().amount().doubleValue());
        applied.setCellStyle(nok);
        Cell granted = line.createCell(3);
        granted.setCellValue(row.granted().amount().doubleValue());
        granted.setCellStyle(nok);
      }
      int lastData = r; // 1-based row number of the last data row
      Row totals = sheet.createRow(r);
      Cell label = totals.createCell(0);
      label.setCellValue("Sum");
      label.setCellStyle(header);
      String[] letters = {"B", "C", "D"};
      for (int i = 0; i < letters.length; i++) {
        Cell cell = totals.createCell(i + 1);
        cell.setCellFormula(rows.isEmpty() ? "0" : "SUM(" + letters[i] + "2:" + letters[i] + lastData + ")");
        cell.setCellStyle(i == 0 ? count : nokBold);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastData - 1), 0, columns.length - 1));
      sheet.setColumnWidth(0, 32 * 256);
      for (int i = 1; i < columns.length; i++) {
        sheet.setColumnWidth(i, 20 * 256);
      }
      workbook.setForceFormulaRecalculation(true);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

      Sheet about = workbook.createSheet(SHEET_ABOUT);
      int a = 0;
      a = line(about, a, "Rapport", "Forbruk per opplæringsformål", header);
      a = line(about, a, "Uttrekkstidspunkt", extractedAt.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")), header);
      for (Map.Entry<String, String> f : filters.entrySet()) {
        a = line(about, a, f.getKey(), f.getValue(), header);
      }
      a++;
      a = line(about, a, "Søknader", "Søknader som er sendt inn og ikke trukket eller avvist.", header);
      a = line(about, a, "Søkt beløp", "Sum omsøkt tilskudd for disse søknadene, i kroner.", header);
      line(about, a, "Innvilget beløp", "Sum tilsagn bundet på budsjettlinjene (vedtatte tilskudd), i kroner.", header);
      about.setColumnWidth(0, 24 * 256);
      about.setColumnWidth(1, 80 * 256);

      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int line(Sheet sheet, int index, String key, String value, CellStyle keyStyle) {
    Row row = sheet.createRow(index);
    Cell k = row.createCell(0);
    k.setCellValue(key);
    k.setCellStyle(keyStyle);
    row.createCell(1).setCellValue(value);
    return index + 1;
  }
}
