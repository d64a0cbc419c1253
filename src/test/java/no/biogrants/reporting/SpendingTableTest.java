package no.biogrants.reporting;

import static no.biogrants.reporting.Fixtures.figures;
import static no.biogrants.reporting.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class SpendingTableTest {

  @Test
  void naceDivisionsFoldIntoTheirSectionsAndAddUp() {
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
        List.of(row("2020-Q1", figures(2, 200_000, 150_000, 999, 999, 4, 40)), row("2020-Q2", figures(1, 50_000, 0, 999, 999, 2, 20)));
    List<SpendingRow> booked =
        List.of(
            row("2020-Q2", SpendingFigures.ledger(Money.ofKroner(150_000), Money.ZERO, Money.ZERO, Money.ZERO)),
            row("2020-Q4", SpendingFigures.ledger(Money.ZERO, Money.ofKroner(112_500), Money.ofKroner(1_000), Money.ZERO)));

    List<SpendingRow> quarters = SpendingTable.mergeQuarters(submitted, booked);

    assertThat(quarters).extracting(SpendingRow::key).containsExactly("2020-Q1", "2020-Q2", "2020-Q4");
    assertThat(quarters.get(0).figures().committed()).isEqualTo(Money.ZERO); // the applications' own ledger sums are ignored
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
                row("251+", SpendingFigures.NONE), row("50-99", SpendingFigures.NONE), row("1-9", SpendingFigures.NONE),
                row("100-250", SpendingFigures.NONE), row("10-49", SpendingFigures.NONE), row(null, SpendingFigures.NONE)));

    assertThat(rows).extracting(SpendingRow::key).containsExactly("1-9", "10-49", "50-99", "100-250", "251+", null);
    assertThat(SpendingTable.sorted(List.of(row("12", SpendingFigures.NONE), row("9", SpendingFigures.NONE))))
        .extracting(SpendingRow::key)
        .containsExactly("9", "12");
  }

  @Test
  void noRowsGiveZeroTotals() {
    assertThat(SpendingTable.total(List.of())).isEqualTo(SpendingFigures.NONE);
  }
}
