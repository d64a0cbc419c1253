package no.biogrants.reporting.api;

import java.util.List;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.OversubscriptionRow;
import no.biogrants.reporting.OversubscriptionTable;
import no.biogrants.reporting.ReportFilter;

/**
 * An oversubscription report: as {@link SpendingReportJson}, with a budget line's money counted
 * once in the total.
 */
public record OversubscriptionReportJson(
    int year,
    String groupBy,
    String county,
    List<OversubscriptionRowJson> rows,
    OversubscriptionRowJson total) {

  /** The report of the rows, for the filter as run (scoped to the caller) and its dimension. */
  static OversubscriptionReportJson of(
      ReportFilter scoped, Dimension dimension, List<OversubscriptionRow> rows) {
    return new OversubscriptionReportJson(
        scoped.year(),
        dimension.apiName(),
        scoped.county(),
        rows.stream().map(OversubscriptionRowJson::of).toList(),
        OversubscriptionRowJson.of(OversubscriptionTable.total(rows)));
  }
}
