package no.biogrants.reporting;

import static no.biogrants.reporting.Fixtures.figures;
import static no.biogrants.reporting.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.biogrants.reporting.OversubscriptionTable.Available;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class OversubscriptionTableTest {

  @Test
  void appliedIsDividedByTheMoneyOfEachKey() {
    List<OversubscriptionRow> rows =
        OversubscriptionTable.join(
            List.of(
                new Available("34", null, Money.ofKroner(1_000_000)),
                new Available("03", null, Money.ofKroner(400_000)),
                new Available("46", null, Money.ZERO)),
            List.of(
                row("34", figures(4, 1_450_000, 900_000, 900_000, 0, 0, 0)),
                row("46", figures(1, 100_000, 0, 0, 0, 0, 0))));

    assertThat(rows).extracting(OversubscriptionRow::key).containsExactly("03", "34", "46");
    assertThat(rows.get(0).ratio()).isEqualByComparingTo("0.00");
    assertThat(rows.get(1).ratio()).isEqualByComparingTo("1.45");
    assertThat(rows.get(1).granted()).isEqualTo(Money.ofKroner(900_000));
    assertThat(rows.get(2).ratio()).isNull(); // no money: no ratio rather than a division by zero

    OversubscriptionRow total = OversubscriptionTable.total(rows);
    assertThat(total.available()).isEqualTo(Money.ofKroner(1_400_000));
    assertThat(total.applied()).isEqualTo(Money.ofKroner(1_550_000));
    assertThat(total.applications()).isEqualTo(5);
    assertThat(total.ratio())
        .isEqualByComparingTo("1.11"); // 1 550 000 / 1 400 000 = 1.107… HALF_UP
  }

  @Test
  void repR4_roundsSharingALineCountItsMoneyOnceInTheTotal() {
    List<OversubscriptionRow> rows =
        OversubscriptionTable.join(
            List.of(
                new Available("6", "10", Money.ofKroner(500_000)),
                new Available("7", "10", Money.ofKroner(500_000)),
                new Available("8", "11", Money.ofKroner(200_000))),
            List.of(
                row("6", figures(1, 300_000, 0, 0, 0, 0, 0)),
                row("7", figures(1, 400_000, 0, 0, 0, 0, 0))));

    assertThat(rows.get(0).ratio()).isEqualByComparingTo("0.60");
    assertThat(OversubscriptionTable.total(rows).available()).isEqualTo(Money.ofKroner(700_000));
    assertThat(OversubscriptionTable.total(rows).ratio()).isEqualByComparingTo("1.00");
  }

  @Test
  void fundPurposesShowBiosShareOfWhatWasUsed() {
    FundPurposeRow line =
        new FundPurposeRow(
            "2",
            "Viken: Krisepakke",
            true,
            Money.ofKroner(10_000_000),
            Money.ofKroner(6_000_000),
            Money.ofKroner(1_500_000),
            Money.ofKroner(500_000));

    assertThat(line.used()).isEqualTo(Money.ofKroner(8_000_000));
    assertThat(line.bioShare().value()).isEqualByComparingTo("0.75");
    assertThat(
            new FundPurposeRow("3", "", true, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO)
                .bioShare()
                .value())
        .isZero();
  }
}
