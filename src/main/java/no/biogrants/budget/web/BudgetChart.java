package no.biogrants.budget.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import no.biogrants.budget.CountyBudgetRow;
import no.biogrants.shared.Money;

/** The Chart.js configuration (as PrimeFaces' p:chart takes it) of the per-county bar chart. */
final class BudgetChart {

  private BudgetChart() {}

  static String perCounty(List<CountyBudgetRow> rows, Function<String, String> text) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.countyName()));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            dataset(
                                text.apply("budget.availableForBio"),
                                "#0b3d62",
                                rows,
                                CountyBudgetRow::available))
                        .add(
                            dataset(
                                text.apply("budget.applied"),
                                "#c8553d",
                                rows,
                                CountyBudgetRow::applied))
                        .add(
                            dataset(
                                text.apply("budget.committed"),
                                "#2a7f62",
                                rows,
                                CountyBudgetRow::committed))
                        .add(
                            dataset(
                                text.apply("budget.disbursed"),
                                "#8a6d00",
                                rows,
                                CountyBudgetRow::disbursed))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("locale", "nb-NO") // axis and tooltip numbers "3 000 000", as the tables
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private static JsonArrayBuilder values(
      List<CountyBudgetRow> rows, Function<CountyBudgetRow, Money> measure) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(r -> values.add(measure.apply(r).amount()));
    return values;
  }

  private static JsonObjectBuilder dataset(
      String label,
      String color,
      List<CountyBudgetRow> rows,
      Function<CountyBudgetRow, Money> measure) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", color)
        .add("data", values(rows, measure));
  }
}
