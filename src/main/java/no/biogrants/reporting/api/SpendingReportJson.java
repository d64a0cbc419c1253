package no.biogrants.reporting.api;

import java.util.List;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.reporting.SpendingRow;
import no.biogrants.reporting.SpendingTable;

/**
 * A spending report as the API gives it: the year, grouping and county it covers (county null:
 * every county the caller may see), its rows in key order and the total over them.
 */
public record SpendingReportJson(
    int year, String groupBy, String county, List<SpendingRowJson> rows, SpendingRowJson total) {

  /** The report of the rows, for the filter as run (scoped to the caller) and its grouping. */
  static SpendingReportJson of(ReportFilter scoped, Grouping grouping, List<SpendingRow> rows) {
    return new SpendingReportJson(
        scoped.year(),
        grouping.apiName(),
        scoped.county(),
        rows.stream().map(SpendingRowJson::of).toList(),
        SpendingRowJson.of(null, null, SpendingTable.total(rows)));
  }
}
