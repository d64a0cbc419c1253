package no.biogrants.reporting.export;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.biogrants.reporting.ReportFilter;

/**
 * A filter as the about sheet states it: each filter's name and value in the reader's language
 * ("all" when not set).
 */
public final class FilterDescription {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private FilterDescription() {}

  /**
   * @param countyName the name of a county by its code
   */
  public static Map<String, String> of(
      ReportFilter filter, UnaryOperator<String> text, UnaryOperator<String> countyName) {
    String all = text.apply("reports.filter.all");
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put(
        text.apply("report.filter.year"),
        filter.year() == null ? all : String.valueOf(filter.year()));
    lines.put(
        text.apply("report.filter.county"),
        filter.county() == null
            ? text.apply("report.filter.allCounties")
            : countyName.apply(filter.county()));
    lines.put(
        text.apply("reports.filter.round"),
        filter.roundId() == null ? all : String.valueOf(filter.roundId()));
    lines.put(
        text.apply("reports.filter.budgetLine"),
        filter.budgetLineId() == null ? all : String.valueOf(filter.budgetLineId()));
    lines.put(
        text.apply("reports.filter.status"),
        filter.status() == null ? all : text.apply("ApplicationStatus." + filter.status().name()));
    lines.put(
        text.apply("reports.filter.stateAidBasis"),
        filter.stateAidBasis() == null
            ? all
            : text.apply("StateAidBasis." + filter.stateAidBasis().name()));
    lines.put(
        text.apply("reports.filter.from"), filter.from() == null ? all : filter.from().format(DAY));
    lines.put(text.apply("reports.filter.to"), filter.to() == null ? all : filter.to().format(DAY));
    for (ReportFilter.Drill drill : filter.drills()) {
      lines.put(
          text.apply("reports.dim." + drill.dimension().apiName()),
          drill.key() == null ? text.apply("reports.unknown") : drill.key());
    }
    return lines;
  }
}
