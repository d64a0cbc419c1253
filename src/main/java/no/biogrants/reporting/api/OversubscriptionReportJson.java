package no.biogrants.reporting.api;

import java.util.List;

/**
 * An oversubscription report: as {@link SpendingReportJson}, with a budget line's money counted
 * once in the total.
 */
public record OversubscriptionReportJson(
    int year,
    String groupBy,
    String county,
    List<OversubscriptionRowJson> rows,
    OversubscriptionRowJson total) {}
