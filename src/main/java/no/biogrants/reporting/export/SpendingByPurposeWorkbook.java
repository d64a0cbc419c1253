package no.biogrants.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  private SpendingByPurposeWorkbook() {}

  /**
   * @param text the user's texts by bundle key (sheet names, column names, purposes' labels)
   * @param filters filter name → value, shown on the about sheet
   */
  public static byte[] build(
      List<SpendingByPurposeRow> rows,
      Function<String, String> text,
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

      Sheet sheet = workbook.createSheet(text.apply("report.xlsx.sheetData"));
      String[] columns = {
        text.apply("application.purpose"),
        text.apply("report.applications"),
        text.apply("report.applied"),
        text.apply("report.granted")
      };
      Row head = sheet.createRow(0);
      for (int i = 0; i < columns.length; i++) {
        Cell cell = head.createCell(i);
        cell.setCellValue(columns[i]);
        cell.setCellStyle(header);
      }
      int r = 1;
      for (SpendingByPurposeRow row : rows) {
        Row line = sheet.createRow(r++);
        line.createCell(0).setCellValue(text.apply("TrainingPurpose." + row.purpose().name()));
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
      label.setCellValue(text.apply("report.total"));
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

      Sheet about = workbook.createSheet(text.apply("report.xlsx.sheetAbout"));
      int a = 0;
      a = line(about, a, text.apply("report.xlsx.report"), text.apply("report.spendingByPurpose"), header);
      a = line(about, a, text.apply("report.xlsx.extractedAt"), extractedAt.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")), header);
      for (Map.Entry<String, String> f : filters.entrySet()) {
        a = line(about, a, f.getKey(), f.getValue(), header);
      }
      a++;
      a = line(about, a, columns[1], text.apply("report.xlsx.defApplications"), header);
      a = line(about, a, columns[2], text.apply("report.xlsx.defApplied"), header);
      line(about, a, columns[3], text.apply("report.xlsx.defGranted"), header);
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
