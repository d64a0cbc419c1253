package no.biogrants.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.FundPurposeRow;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.OversubscriptionRow;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.SpendingRow;
import no.biogrants.shared.Money;

/**
 * The Chart.js configuration (as PrimeFaces' p:chart takes it) of a report: a line over time for
 * quarters, bars otherwise (per county, line, purpose…). Money measures are drawn when any is
 * chosen, otherwise the counts.
 */
final class ReportChart {

  private static final String[] COLORS = {
    "#0b3d62", "#c8553d", "#2a7f62", "#8a6d00", "#6a4c93", "#1982c4", "#8ac926", "#ff595e",
    "#555555"
  };

  /**
   * Chart.js writes the axis' and tooltips' numbers in this locale: "3 000 000", not "3,000,000",
   * whatever the page's language (amounts are Norwegian everywhere).
   */
  static final String NORWEGIAN_NUMBERS = "nb-NO";

  private ReportChart() {}

  static String spending(
      Dimension dimension,
      List<ReportMeasure> measures,
      List<SpendingRow> rows,
      UnaryOperator<String> text) {
    return spending(Grouping.of(dimension), measures, rows, text);
  }

  /**
   * By two dimensions: the first dimension along the axis and a bar segment (a line, over quarters)
   * per key of the second, for the first measure chosen (a money measure when any is); its name is
   * the chart's title.
   */
  static String spending(
      Grouping grouping,
      List<ReportMeasure> measures,
      List<SpendingRow> rows,
      UnaryOperator<String> text) {
    if (!grouping.twoDimensions()) {
      return oneDimension(grouping.dimension(), measures, rows, text);
    }
    ReportMeasure measure =
        measures.stream().filter(ReportMeasure::isMoney).findFirst().orElse(measures.get(0));
    Map<String, String> axis = new LinkedHashMap<>();
    Map<String, String> series = new LinkedHashMap<>();
    Map<SpendingRow.Keys, BigDecimal> values = new HashMap<>();
    for (SpendingRow r : rows) {
      axis.putIfAbsent(String.valueOf(r.key()), r.label());
      series.putIfAbsent(String.valueOf(r.byKey()), r.byLabel());
      values.put(
          new SpendingRow.Keys(String.valueOf(r.key()), String.valueOf(r.byKey())),
          number(measure.of(r.figures())));
    }
    boolean line = grouping.dimension() == Dimension.QUARTER;
    JsonArrayBuilder labels = Json.createArrayBuilder();
    axis.values().forEach(label -> labels.add(String.valueOf(label)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, String> s : series.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      axis.keySet()
          .forEach(
              k ->
                  data.add(
                      values.getOrDefault(new SpendingRow.Keys(k, s.getKey()), BigDecimal.ZERO)));
      datasets.add(dataset(String.valueOf(s.getValue()), COLORS[i++ % COLORS.length], data, line));
    }
    return chart(
        line ? "line" : "bar",
        labels,
        datasets,
        !line,
        text.apply("reports.col." + measure.apiName()));
  }

  private static BigDecimal number(Object value) {
    return value instanceof Money m ? m.amount() : BigDecimal.valueOf(((Number) value).longValue());
  }

  private static String oneDimension(
      Dimension dimension,
      List<ReportMeasure> measures,
      List<SpendingRow> rows,
      UnaryOperator<String> text) {
    boolean money = measures.stream().anyMatch(ReportMeasure::isMoney);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (ReportMeasure measure : measures) {
      if (measure.isMoney() == money) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        rows.forEach(r -> values.add(number(measure.of(r.figures()))));
        datasets.add(
            dataset(
                text.apply("reports.col." + measure.apiName()),
                COLORS[i++ % COLORS.length],
                values,
                dimension == Dimension.QUARTER));
      }
    }
    return chart(
        dimension == Dimension.QUARTER ? "line" : "bar",
        labels(rows, SpendingRow::label),
        datasets,
        false);
  }

  static String oversubscription(List<OversubscriptionRow> rows, UnaryOperator<String> text) {
    return chart(
        "bar",
        labels(rows, OversubscriptionRow::label),
        Json.createArrayBuilder()
            .add(
                dataset(
                    text.apply("reports.col.available"),
                    COLORS[0],
                    amounts(rows, OversubscriptionRow::available),
                    false))
            .add(
                dataset(
                    text.apply("reports.col.applied"),
                    COLORS[1],
                    amounts(rows, OversubscriptionRow::applied),
                    false)),
        false);
  }

  static String fundPurposes(List<FundPurposeRow> rows, UnaryOperator<String> text) {
    return chart(
        "bar",
        labels(rows, FundPurposeRow::label),
        Json.createArrayBuilder()
            .add(
                dataset(
                    text.apply("reports.col.bio"),
                    COLORS[0],
                    amounts(rows, FundPurposeRow::bio),
                    false))
            .add(
                dataset(
                    text.apply("reports.col.upperSecondary"),
                    COLORS[1],
                    amounts(rows, FundPurposeRow::upperSecondary),
                    false))
            .add(
                dataset(
                    text.apply("reports.col.otherMeasures"),
                    COLORS[2],
                    amounts(rows, FundPurposeRow::otherMeasures),
                    false)),
        true);
  }

  private static <R> JsonArrayBuilder labels(List<R> rows, Function<R, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(String.valueOf(label.apply(r))));
    return labels;
  }

  private static <R> JsonArrayBuilder amounts(List<R> rows, Function<R, Money> amount) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(r -> values.add(amount.apply(r).amount()));
    return values;
  }

  private static JsonObjectBuilder dataset(
      String label, String color, JsonArrayBuilder values, boolean line) {
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", values)
            .add("borderColor", color);
    return line
        ? dataset.add("fill", false).add("tension", 0.2)
        : dataset.add("backgroundColor", color);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
    return chart(type, labels, datasets, stacked, null);
  }

  private static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      boolean stacked,
      String title) {
    JsonObjectBuilder plugins =
        Json.createObjectBuilder()
            .add("legend", Json.createObjectBuilder().add("position", "bottom"));
    if (title != null) {
      plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("locale", NORWEGIAN_NUMBERS)
            .add("plugins", plugins);
    if (stacked) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add("x", Json.createObjectBuilder().add("stacked", true))
              .add("y", Json.createObjectBuilder().add("stacked", true)));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
