package no.biogrants.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.biogrants.shared.Money;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way the product writes a table to Excel: a sheet of rows under a bold, frozen header with
 * an auto-filter; money as numeric cells in a NOK format, counts as whole numbers, times as
 * date-time cells; an optional totals row of SUM formulas; and a second sheet stating what the
 * report is, the filters, the time of extraction and what each column means. Streams (SXSSF), so a
 * large table does not fill the memory. A pure function of its input.
 */
public final class TableWorkbook {

  /** Shown as "1 234 567,00 kr" in a Norwegian Excel or LibreOffice. */
  public static final String NOK_FORMAT = "#,##0.00\\ \"kr\"";

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Rows kept in memory while streaming. */
  public static final int WINDOW = 100;

  /** A share or ratio as a percentage: 1.45 is shown as "145,0 %". */
  public static final String PERCENT_FORMAT = "0.0%";

  /** How a column's values are written. */
  public enum Kind {
    TEXT,
    NOK,
    COUNT,
    /** A ratio such as 1.45, shown with two decimals; not totalled. */
    RATIO,
    /** A ratio such as 1.45 shown as a percentage (145,0 %); not totalled. */
    PERCENT,
    DATE_TIME
  }

  /** A column: its title, kind, and the definition shown on the about sheet (null: not listed). */
  public record Column(String title, Kind kind, String definition) {}

  /** The sheets' names and the about sheet's fixed texts, in the user's language. */
  public record Texts(
      String dataSheet,
      String aboutSheet,
      String reportLabel,
      String reportName,
      String extractedAtLabel,
      String totalLabel) {}

  private TableWorkbook() {}

  public static byte[] build(
      Texts texts,
      List<Column> columns,
      List<List<Object>> rows,
      boolean totals,
      Map<String, String> filters,
      ZonedDateTime extractedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(texts, columns, rows.iterator(), totals, filters, extractedAt, out);
    return out.toByteArray();
  }

  /**
   * Writes the workbook to {@code out}, taking the rows one by one: only the last {@value #WINDOW}
   * rows are in memory (SXSSF spills the rest to a compressed temporary file), so a million rows
   * fit in a small heap.
   */
  public static void write(
      Texts texts,
      List<Column> columns,
      Iterator<List<Object>> rows,
      boolean totals,
      Map<String, String> filters,
      ZonedDateTime extractedAt,
      OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    try {
      Styles styles = new Styles(workbook);
      dataSheet(workbook, styles, texts, columns, rows, totals);
      workbook.setForceFormulaRecalculation(true);
      aboutSheet(
          workbook.createSheet(texts.aboutSheet()), styles, texts, columns, filters, extractedAt);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException e) {
        // nothing left to release
      }
    }
  }

  /** The data: a header row, the rows, and with {@code totals} a row of sums (formulas). */
  private static void dataSheet(
      SXSSFWorkbook workbook,
      Styles styles,
      Texts texts,
      List<Column> columns,
      Iterator<List<Object>> rows,
      boolean totals) {
    SXSSFSheet sheet = workbook.createSheet(texts.dataSheet());
    Row head = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = head.createCell(i);
      cell.setCellValue(columns.get(i).title());
      cell.setCellStyle(styles.header);
    }
    int r = 1;
    BigDecimal[] sums = new BigDecimal[columns.size()];
    Arrays.fill(sums, BigDecimal.ZERO);
    while (rows.hasNext()) {
      List<Object> values = rows.next();
      Row row = sheet.createRow(r++);
      for (int i = 0; i < columns.size(); i++) {
        write(row.createCell(i), columns.get(i).kind(), values.get(i), styles);
        sums[i] = sums[i].add(number(columns.get(i).kind(), values.get(i)));
      }
    }
    int lastData = r;
    if (totals) {
      totalRow(sheet.createRow(r), styles, texts, columns, sums, lastData);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastData - 1), 0, columns.size() - 1));
    for (int i = 0; i < columns.size(); i++) {
      sheet.setColumnWidth(i, (i == 0 ? 32 : columns.get(i).kind() == Kind.TEXT ? 28 : 20) * 256);
    }
  }

  private static void totalRow(
      Row total,
      Styles styles,
      Texts texts,
      List<Column> columns,
      BigDecimal[] sums,
      int lastData) {
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = total.createCell(i);
      Kind kind = columns.get(i).kind();
      if (i == 0) {
        cell.setCellValue(texts.totalLabel());
        cell.setCellStyle(styles.header);
      } else if (kind == Kind.NOK || kind == Kind.COUNT) {
        String letter = CellReference.convertNumToColString(i);
        cell.setCellFormula(lastData == 1 ? "0" : "SUM(" + letter + "2:" + letter + lastData + ")");
        // The result is cached in the file too, for viewers that do not recalculate.
        cell.setCellValue(sums[i].doubleValue());
        cell.setCellStyle(kind == Kind.NOK ? styles.nokBold : styles.count);
      }
    }
  }

  /**
   * The second sheet: the report's name, when it was taken out, its filters, column definitions.
   */
  private static void aboutSheet(
      Sheet about,
      Styles styles,
      Texts texts,
      List<Column> columns,
      Map<String, String> filters,
      ZonedDateTime extractedAt) {
    int a = 0;
    a = line(about, a, texts.reportLabel(), texts.reportName(), styles.header);
    a =
        line(
            about,
            a,
            texts.extractedAtLabel(),
            extractedAt.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")),
            styles.header);
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      a = line(about, a, filter.getKey(), filter.getValue(), styles.header);
    }
    a++;
    for (Column column : columns) {
      if (column.definition() != null) {
        a = line(about, a, column.title(), column.definition(), styles.header);
      }
    }
    about.setColumnWidth(0, 24 * 256);
    about.setColumnWidth(1, 90 * 256);
  }

  private static void write(Cell cell, Kind kind, Object value, Styles styles) {
    if (value == null) {
      cell.setBlank();
      return;
    }
    switch (kind) {
      case NOK -> {
        BigDecimal amount = value instanceof Money m ? m.amount() : (BigDecimal) value;
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(styles.nok);
      }
      case COUNT -> {
        cell.setCellValue(((Number) value).doubleValue());
        cell.setCellStyle(styles.count);
      }
      case RATIO -> {
        cell.setCellValue(((BigDecimal) value).doubleValue());
        cell.setCellStyle(styles.ratio);
      }
      case PERCENT -> {
        cell.setCellValue(((BigDecimal) value).doubleValue());
        cell.setCellStyle(styles.percent);
      }
      case DATE_TIME -> {
        LocalDateTime time =
            value instanceof Instant i
                ? i.atZone(OSLO).toLocalDateTime()
                : value instanceof LocalDateTime t ? t : ((LocalDate) value).atStartOfDay();
        cell.setCellValue(time);
        cell.setCellStyle(styles.dateTime);
      }
      case TEXT -> cell.setCellValue(value.toString());
    }
  }

  private static BigDecimal number(Kind kind, Object value) {
    if (value == null || (kind != Kind.NOK && kind != Kind.COUNT)) {
      return BigDecimal.ZERO;
    }
    if (value instanceof Money m) {
      return m.amount();
    }
    return value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).longValue());
  }

  private static int line(Sheet sheet, int index, String key, String value, CellStyle keyStyle) {
    Row row = sheet.createRow(index);
    Cell k = row.createCell(0);
    k.setCellValue(key);
    k.setCellStyle(keyStyle);
    row.createCell(1).setCellValue(value);
    return index + 1;
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle nok;
    final CellStyle nokBold;
    final CellStyle count;
    final CellStyle dateTime;
    final CellStyle ratio;
    final CellStyle percent;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      nok = workbook.createCellStyle();
      nok.setDataFormat(workbook.createDataFormat().getFormat(NOK_FORMAT));
      nokBold = workbook.createCellStyle();
      nokBold.cloneStyleFrom(nok);
      nokBold.setFont(bold);
      count = workbook.createCellStyle();
      count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      ratio = workbook.createCellStyle();
      ratio.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
    }
  }
}
