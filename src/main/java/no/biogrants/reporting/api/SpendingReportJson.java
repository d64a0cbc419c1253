package no.biogrants.reporting.api;

import java.util.List;

/**
 * A spending report as the API gives it: the year, grouping and county it covers (county null:
 * every county the caller may see), its rows in key order and the total over them.
 */
public record SpendingReportJson(
    int year, String groupBy, String county, List<SpendingRowJson> rows, SpendingRowJson total) {}
