package no.biogrants.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import no.biogrants.document.TableWorkbook.Kind;
import no.biogrants.reporting.CaseRow;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.FundPurposeRow;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.OversubscriptionRow;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.SpendingRow;

/**
 * The columns of every report and of the case list, in their stable order (package doc, "Report
 * columns"), and each row's values in that order. Titles and definitions come from the bundle
 * ({@code reports.col.<id>} and {@code reports.def.<id>}).
 */
public final class ReportTables {

  /** The case list's measures: every measure but the count (each row is one application). */
  public static final List<ReportMeasure> CASE_MEASURES =
      List.of(ReportMeasure.values()).subList(1, ReportMeasure.values().length);

  private ReportTables() {}

  public static ReportTable spending(
      String name,
      Dimension dimension,
      List<ReportMeasure> measures,
      List<SpendingRow> rows,
      UnaryOperator<String> text) {
    return spending(name, Grouping.of(dimension), measures, rows, text);
  }

  /**
   * By two dimensions: each dimension's label and key columns, the first's before the second's,
   * then the measures.
   */
  public static ReportTable spending(
      String name,
      Grouping grouping,
      List<ReportMeasure> measures,
      List<SpendingRow> rows,
      UnaryOperator<String> text) {
    List<ReportColumn> columns =
        new ArrayList<>(List.of(text(grouping.dimension(), text), column("key", Kind.TEXT, text)));
    if (grouping.twoDimensions()) {
      columns.addAll(List.of(text(grouping.by(), text), column("key2", Kind.TEXT, text)));
    }
    measures.forEach(
        m -> columns.add(column(m.apiName(), m.isMoney() ? Kind.NOK : Kind.COUNT, text)));
    List<List<Object>> values = new ArrayList<>();
    for (SpendingRow row : rows) {
      List<Object> line = new ArrayList<>(List.of(row.label(), row.key() == null ? "" : row.key()));
      if (grouping.twoDimensions()) {
        line.addAll(List.of(row.byLabel(), row.byKey() == null ? "" : row.byKey()));
      }
      measures.forEach(m -> line.add(m.of(row.figures())));
      values.add(line);
    }
    return new ReportTable(name, columns, values, true);
  }

  public static ReportTable oversubscription(
      String name,
      Dimension dimension,
      List<OversubscriptionRow> rows,
      UnaryOperator<String> text) {
    List<ReportColumn> columns =
        List.of(
            text(dimension, text),
            column("key", Kind.TEXT, text),
            column("applications", Kind.COUNT, text),
            column("applied", Kind.NOK, text),
            column("granted", Kind.NOK, text),
            column("committed", Kind.NOK, text),
            column("available", Kind.NOK, text),
            column("oversubscriptionRatio", Kind.PERCENT, text));
    List<List<Object>> values = new ArrayList<>();
    for (OversubscriptionRow r : rows) {
      values.add(
          Arrays.asList(
              r.label(),
              r.key(),
              r.applications(),
              r.applied(),
              r.granted(),
              r.committed(),
              r.available(),
              r.ratio()));
    }
    return new ReportTable(name, columns, values, true);
  }

  public static ReportTable fundPurposes(
      String name, List<FundPurposeRow> rows, UnaryOperator<String> text) {
    List<ReportColumn> columns =
        List.of(
            column("budgetLine", Kind.TEXT, text),
            column("key", Kind.TEXT, text),
            column("flexible", Kind.TEXT, text),
            column("money", Kind.NOK, text),
            column("bio", Kind.NOK, text),
            column("upperSecondary", Kind.NOK, text),
            column("otherMeasures", Kind.NOK, text),
            column("used", Kind.NOK, text),
            column("bioShare", Kind.PERCENT, text));
    List<List<Object>> values = new ArrayList<>();
    for (FundPurposeRow r : rows) {
      values.add(
          List.of(
              r.label(),
              r.key(),
              text.apply(r.flexible() ? "reports.yes" : "reports.no"),
              r.money(),
              r.bio(),
              r.upperSecondary(),
              r.otherMeasures(),
              r.used(),
              r.bioShare().value()));
    }
    return new ReportTable(name, columns, values, true);
  }

  /** The case list's columns (the case list has totals too). */
  public static List<ReportColumn> caseColumns(UnaryOperator<String> text) {
    List<ReportColumn> columns =
        new ArrayList<>(
            List.of(
                column("reference", Kind.TEXT, text),
                column("id", Kind.TEXT, text),
                column("county", Kind.TEXT, text),
                column("round", Kind.TEXT, text),
                column("budgetLineId", Kind.TEXT, text),
                column("company", Kind.TEXT, text),
                column("orgNumber", Kind.TEXT, text),
                column("naceCode", Kind.TEXT, text),
                column("industry", Kind.TEXT, text),
                column("employees", Kind.TEXT, text),
                column("sizeBand", Kind.TEXT, text),
                column("purpose", Kind.TEXT, text),
                column("status", Kind.TEXT, text),
                column("submittedAt", Kind.DATE_TIME, text),
                column("stateAidBasis", Kind.TEXT, text)));
    CASE_MEASURES.forEach(
        m -> columns.add(column(m.apiName(), m.isMoney() ? Kind.NOK : Kind.COUNT, text)));
    return columns;
  }

  public static List<Object> caseValues(CaseRow c) {
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                c.reference(),
                c.id(),
                c.county(),
                c.round(),
                c.budgetLineId(),
                c.company(),
                c.orgNumber(),
                c.naceCode(),
                c.industry(),
                c.employees(),
                c.sizeBand(),
                c.purpose(),
                c.status(),
                c.submittedAt(),
                c.stateAidBasis()));
    CASE_MEASURES.forEach(m -> values.add(m.of(c.figures())));
    return values;
  }

  private static ReportColumn text(Dimension dimension, UnaryOperator<String> text) {
    return new ReportColumn(
        dimension.apiName(), text.apply("reports.dim." + dimension.apiName()), Kind.TEXT, null);
  }

  private static ReportColumn column(String id, Kind kind, UnaryOperator<String> text) {
    return new ReportColumn(
        id, text.apply("reports.col." + id), kind, text.apply("reports.def." + id));
  }
}
