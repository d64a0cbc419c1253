package no.biogrants.reporting.export;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.biogrants.reporting.SpendingByPurposeRow;
import no.biogrants.reporting.export.TableWorkbook.Column;
import no.biogrants.reporting.export.TableWorkbook.Kind;

/**
 * The "spending by purpose" workbook: one row per training purpose with applications, amount
 * applied for and amount granted, a totals row, and the sheet that explains it (see
 * {@link TableWorkbook}). Columns, in this order: purpose, applications, applied, granted.
 */
public final class SpendingByPurposeWorkbook {

  public static final String NOK_FORMAT = TableWorkbook.NOK_FORMAT;

  private SpendingByPurposeWorkbook() {}

  /**
   * @param text the user's texts by bundle key (sheet names, column names, purposes' labels)
   * @param filters filter name → value, shown on the about sheet
   */
  public static byte[] build(
      List<SpendingByPurposeRow> rows, Function<String, String> text, Map<String, String> filters, ZonedDateTime extractedAt) {
    List<Column> columns =
        List.of(
            new Column(text.apply("application.purpose"), Kind.TEXT, null),
            new Column(text.apply("report.applications"), Kind.COUNT, text.apply("report.xlsx.defApplications")),
            new Column(text.apply("report.applied"), Kind.NOK, text.apply("report.xlsx.defApplied")),
            new Column(text.apply("report.granted"), Kind.NOK, text.apply("report.xlsx.defGranted")));
    List<List<Object>> values = new ArrayList<>();
    for (SpendingByPurposeRow row : rows) {
      values.add(List.of(text.apply("TrainingPurpose." + row.purpose().name()), row.applications(), row.applied(), row.granted()));
    }
    return TableWorkbook.build(texts(text, "report.spendingByPurpose"), columns, values, true, filters, extractedAt);
  }

  /** The fixed texts of a report workbook, from the user's bundle. */
  public static TableWorkbook.Texts texts(Function<String, String> text, String reportNameKey) {
    return new TableWorkbook.Texts(
        text.apply("report.xlsx.sheetData"),
        text.apply("report.xlsx.sheetAbout"),
        text.apply("report.xlsx.report"),
        text.apply(reportNameKey),
        text.apply("report.xlsx.extractedAt"),
        text.apply("report.total"));
  }
}
