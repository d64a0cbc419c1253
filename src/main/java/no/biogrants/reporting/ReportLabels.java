package no.biogrants.reporting;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The label of a dimension's key in the reader's language: names from the database for counties,
 * lines, rounds and sources; bundle texts for purposes, statuses, state-aid bases and industries;
 * the key itself for size bands, quarters and years. A key without a label shows as itself.
 */
final class ReportLabels {

  private ReportLabels() {}

  static String of(
      Dimension dimension, String key, Map<String, String> names, UnaryOperator<String> text) {
    if (key == null) {
      return text.apply("reports.unknown");
    }
    return switch (dimension) {
      case COUNTY, BUDGET_LINE, ROUND, FUND_SOURCE -> names.getOrDefault(key, key);
      case PURPOSE -> text.apply("TrainingPurpose." + key);
      case STATUS -> text.apply("ApplicationStatus." + key);
      case STATE_AID_BASIS ->
          "NONE".equals(key)
              ? text.apply("reports.stateAid.none")
              : text.apply("StateAidBasis." + key);
      case INDUSTRY ->
          key
              + " "
              + text.apply(
                  NaceSections.UNKNOWN.equals(key)
                      ? "reports.nace.unknown"
                      : "reports.nace." + key);
      case SIZE_BAND -> key + " " + text.apply("reports.employees");
      case YEAR, QUARTER -> key;
    };
  }
}
