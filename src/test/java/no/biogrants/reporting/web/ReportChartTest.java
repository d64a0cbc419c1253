package no.biogrants.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.SpendingFigures;
import no.biogrants.reporting.SpendingRow;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class ReportChartTest {

  private static final List<SpendingRow> ROWS =
      List.of(
          new SpendingRow(
              "2020-Q1",
              "2020-Q1",
              SpendingFigures.ledger(Money.ofKroner(100), Money.ZERO, Money.ZERO, Money.ZERO)),
          new SpendingRow(
              "2020-Q2",
              "2020-Q2",
              SpendingFigures.ledger(
                  Money.ofKroner(50), Money.ofKroner(75), Money.ZERO, Money.ZERO)));

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void quartersAreALineOverTimeWithOneDatasetPerMoneyMeasure() {
    JsonObject chart =
        parse(
            ReportChart.spending(
                Dimension.QUARTER,
                List.of(
                    ReportMeasure.APPLICATIONS, ReportMeasure.COMMITTED, ReportMeasure.DISBURSED),
                ROWS,
                k -> k));

    assertThat(chart.getString("type")).isEqualTo("line");
    assertThat(chart.getJsonObject("options").getString("locale"))
        .as("Norwegian numbers on the axis: 3 000 000")
        .isEqualTo("nb-NO");
    assertThat(chart.getJsonObject("data").getJsonArray("labels")).hasSize(2);
    assertThat(chart.getJsonObject("data").getJsonArray("datasets"))
        .hasSize(2); // counts are left out beside money
    assertThat(
            chart
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(1)
                .getJsonArray("data")
                .getJsonNumber(1)
                .intValue())
        .isEqualTo(75);
  }

  @Test
  void otherGroupingsAreBarsAndCountsAloneAreDrawn() {
    JsonObject chart =
        parse(
            ReportChart.spending(
                Dimension.COUNTY,
                List.of(ReportMeasure.APPLICATIONS, ReportMeasure.PARTICIPANTS),
                ROWS,
                k -> k));

    assertThat(chart.getString("type")).isEqualTo("bar");
    assertThat(chart.getJsonObject("data").getJsonArray("datasets")).hasSize(2);
    assertThat(
            chart
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label"))
        .isEqualTo("reports.col.applications");
  }

  @Test
  void theDownloadsMeasuresKeepTheDocumentedOrder() {
    assertThat(ReportDownload.measures("trainingHours,applied,nonsense"))
        .containsExactly(ReportMeasure.APPLIED, ReportMeasure.TRAINING_HOURS);
    assertThat(ReportDownload.measures(null)).containsExactly(ReportMeasure.values());
  }

  @Test
  void byTwoDimensionsEachCountyIsAStackedBarWithASegmentPerPurpose() {
    List<SpendingRow> rows =
        List.of(
            new SpendingRow(
                "03",
                "Oslo",
                "DIGITAL",
                "Digital",
                SpendingFigures.ledger(Money.ofKroner(100), Money.ZERO, Money.ZERO, Money.ZERO)),
            new SpendingRow(
                "03",
                "Oslo",
                "GREEN",
                "Grønn",
                SpendingFigures.ledger(Money.ofKroner(40), Money.ZERO, Money.ZERO, Money.ZERO)),
            new SpendingRow(
                "34",
                "Innlandet",
                "GREEN",
                "Grønn",
                SpendingFigures.ledger(Money.ofKroner(7), Money.ZERO, Money.ZERO, Money.ZERO)));

    JsonObject chart =
        parse(
            ReportChart.spending(
                new Grouping(Dimension.COUNTY, Dimension.PURPOSE),
                List.of(ReportMeasure.APPLICATIONS, ReportMeasure.COMMITTED),
                rows,
                k -> k));

    assertThat(chart.getString("type")).isEqualTo("bar");
    assertThat(
            chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
        .containsExactly("Oslo", "Innlandet");
    var datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(datasets).hasSize(2);
    assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Digital");
    assertThat(datasets.getJsonObject(0).getJsonArray("data").getValuesAs(JsonNumber::intValue))
        .containsExactly(100, 0);
    assertThat(datasets.getJsonObject(1).getJsonArray("data").getValuesAs(JsonNumber::intValue))
        .containsExactly(40, 7);
    assertThat(
            chart
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("x")
                .getBoolean("stacked"))
        .isTrue();
    assertThat(
            chart
                .getJsonObject("options")
                .getJsonObject("plugins")
                .getJsonObject("title")
                .getString("text"))
        .isEqualTo("reports.col.committed");
  }
}
