package no.biogrants.reporting;

import static no.biogrants.reporting.Fixtures.figures;
import static no.biogrants.reporting.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class SpendingTableTest {

  @Test
  void repR1_repR4_naceDivisionsFoldIntoTheirSectionsAndAddUp() {
    // Divisions 10 and 25 are both manufacturing (C); 62 is information (J); 04 does not exist.
    List<SpendingRow> divisions =
        List.of(
            row("10", figures(2, 300_000, 200_000, 200_000, 50_000, 12, 480)),
            row("25", figures(1, 100_000, 80_000, 80_000, 0, 5, 100)),
            row("62", figures(3, 600_000, 0, 0, 0, 30, 900)),
            row("04", figures(1, 10_000, 0, 0, 0, 1, 10)));

    List<SpendingRow> sections = SpendingTable.fold(divisions, NaceSections::sectionOf);

    assertThat(sections).extracting(SpendingRow::key).containsExactly("?", "C", "J");
    SpendingFigures c = sections.get(1).figures();
    assertThat(c.applications()).isEqualTo(3);
    assertThat(c.applied()).isEqualTo(Money.ofKroner(400_000));
    assertThat(c.granted()).isEqualTo(Money.ofKroner(280_000));
    assertThat(c.disbursed()).isEqualTo(Money.ofKroner(50_000));
    assertThat(c.participants()).isEqualTo(17);
    assertThat(c.trainingHours()).isEqualTo(580);
    SpendingFigures total = SpendingTable.total(sections);
    assertThat(total.applications()).isEqualTo(7);
    assertThat(total.applied()).isEqualTo(Money.ofKroner(1_010_000));
    assertThat(total.trainingHours()).isEqualTo(1_490);
  }

  @Test
  void quartersTakeApplicationsFromSubmissionAndMoneyFromTheLedger() {
    List<SpendingRow> submitted =
        List.of(
            row("2020-Q1", figures(2, 200_000, 150_000, 999, 999, 4, 40)),
            row("2020-Q2", figures(1, 50_000, 0, 999, 999, 2, 20)));
    List<SpendingRow> booked =
        List.of(
            row(
                "2020-Q2",
                SpendingFigures.ledger(
                    Money.ofKroner(150_000), Money.ZERO, Money.ZERO, Money.ZERO)),
            row(
                "2020-Q4",
                SpendingFigures.ledger(
                    Money.ZERO, Money.ofKroner(112_500), Money.ofKroner(1_000), Money.ZERO)));

    List<SpendingRow> quarters = SpendingTable.mergeQuarters(submitted, booked);

    assertThat(quarters)
        .extracting(SpendingRow::key)
        .containsExactly("2020-Q1", "2020-Q2", "2020-Q4");
    assertThat(quarters.get(0).figures().committed())
        .isEqualTo(Money.ZERO); // the applications' own ledger sums are ignored
    assertThat(quarters.get(0).figures().applied()).isEqualTo(Money.ofKroner(200_000));
    assertThat(quarters.get(1).figures().committed()).isEqualTo(Money.ofKroner(150_000));
    assertThat(quarters.get(1).figures().applications()).isEqualTo(1);
    assertThat(quarters.get(2).figures().applications()).isZero();
    assertThat(quarters.get(2).figures().disbursed()).isEqualTo(Money.ofKroner(112_500));
    SpendingFigures total = SpendingTable.total(quarters);
    assertThat(total.committed()).isEqualTo(Money.ofKroner(150_000));
    assertThat(total.disbursed()).isEqualTo(Money.ofKroner(112_500));
    assertThat(total.released()).isEqualTo(Money.ofKroner(1_000));
    assertThat(total.applied()).isEqualTo(Money.ofKroner(250_000));
  }

  @Test
  void keysSortByTheirLeadingNumberSoSizeBandsAndIdsReadInOrder() {
    List<SpendingRow> rows =
        SpendingTable.sorted(
            List.of(
                row("251+", SpendingFigures.NONE),
                row("50-99", SpendingFigures.NONE),
                row("1-9", SpendingFigures.NONE),
                row("100-250", SpendingFigures.NONE),
                row("10-49", SpendingFigures.NONE),
                row(null, SpendingFigures.NONE)));

    assertThat(rows)
        .extracting(SpendingRow::key)
        .containsExactly("1-9", "10-49", "50-99", "100-250", "251+", null);
    assertThat(
            SpendingTable.sorted(
                List.of(row("12", SpendingFigures.NONE), row("9", SpendingFigures.NONE))))
        .extracting(SpendingRow::key)
        .containsExactly("9", "12");
  }

  @Test
  void noRowsGiveZeroTotals() {
    assertThat(SpendingTable.total(List.of())).isEqualTo(SpendingFigures.NONE);
  }

  @Test
  void repR8_byTwoDimensionsDivisionsFoldPerKeyOfTheOtherAndRowsSortByBothKeys() {
    // Purpose × industry: two manufacturing divisions of the same purpose become one row; the other
    // purpose stays apart.
    List<SpendingRow> rows =
        List.of(
            new SpendingRow(
                "DIGITAL", null, "25", null, figures(1, 100_000, 80_000, 80_000, 0, 5, 100)),
            new SpendingRow(
                "DIGITAL",
                null,
                "10",
                null,
                figures(2, 300_000, 200_000, 200_000, 50_000, 12, 480)),
            new SpendingRow(
                "GREEN_TRANSITION", null, "10", null, figures(1, 50_000, 0, 0, 0, 1, 10)),
            new SpendingRow("DIGITAL", null, "62", null, figures(3, 600_000, 0, 0, 0, 30, 900)),
            new SpendingRow(null, null, "62", null, figures(1, 10_000, 0, 0, 0, 1, 10)));

    List<SpendingRow> folded = SpendingTable.fold(rows, k -> k, NaceSections::sectionOf);

    assertThat(folded)
        .extracting(SpendingRow::key)
        .containsExactly("DIGITAL", "DIGITAL", "GREEN_TRANSITION", null);
    assertThat(folded).extracting(SpendingRow::byKey).containsExactly("C", "J", "C", "J");
    assertThat(folded.get(0).figures().applications()).isEqualTo(3);
    assertThat(folded.get(0).figures().applied()).isEqualTo(Money.ofKroner(400_000));
    assertThat(SpendingTable.total(folded).applications()).isEqualTo(8);
    assertThat(SpendingTable.total(folded).applied()).isEqualTo(Money.ofKroner(1_060_000));
  }

  @Test
  void quartersByCountyMergeTheLedgerPerCountyAndQuarter() {
    List<SpendingRow> submitted =
        List.of(
            new SpendingRow(
                "2020-Q1", null, "34", null, figures(2, 200_000, 150_000, 999, 999, 4, 40)),
            new SpendingRow("2020-Q1", null, "03", null, figures(1, 50_000, 0, 999, 999, 2, 20)));
    List<SpendingRow> booked =
        List.of(
            new SpendingRow(
                "2020-Q1",
                null,
                "34",
                null,
                SpendingFigures.ledger(
                    Money.ofKroner(150_000), Money.ZERO, Money.ZERO, Money.ZERO)),
            new SpendingRow(
                "2020-Q2",
                null,
                "34",
                null,
                SpendingFigures.ledger(
                    Money.ZERO, Money.ofKroner(75_000), Money.ZERO, Money.ZERO)));

    List<SpendingRow> merged = SpendingTable.mergeQuarters(submitted, booked);

    assertThat(merged)
        .extracting(SpendingRow::keys)
        .containsExactly(
            new SpendingRow.Keys("2020-Q1", "03"),
            new SpendingRow.Keys("2020-Q1", "34"),
            new SpendingRow.Keys("2020-Q2", "34"));
    assertThat(merged.get(0).figures().committed()).isEqualTo(Money.ZERO);
    assertThat(merged.get(1).figures().committed()).isEqualTo(Money.ofKroner(150_000));
    assertThat(merged.get(1).figures().applications()).isEqualTo(2);
    assertThat(merged.get(2).figures().disbursed()).isEqualTo(Money.ofKroner(75_000));
  }
}
