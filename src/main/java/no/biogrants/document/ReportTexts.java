package no.biogrants.document;

import java.util.function.UnaryOperator;

/** The fixed texts of a report workbook (sheet names, labels) from the reader's bundle. */
public final class ReportTexts {

  private ReportTexts() {}

  public static TableWorkbook.Texts of(UnaryOperator<String> text, String reportNameKey) {
    return new TableWorkbook.Texts(
        text.apply("reports.xlsx.sheetData"),
        text.apply("report.xlsx.sheetAbout"),
        text.apply("report.xlsx.report"),
        text.apply(reportNameKey),
        text.apply("report.xlsx.extractedAt"),
        text.apply("report.total"));
  }
}
