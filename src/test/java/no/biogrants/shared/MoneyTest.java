package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void everyWayOfBuildingKeepsScaleTwo() {
    assertThat(Money.ofKroner(5).amount()).isEqualTo(new BigDecimal("5.00"));
    assertThat(Money.of("1.5").amount()).isEqualTo(new BigDecimal("1.50"));
    assertThat(Money.of("7").amount()).isEqualTo(new BigDecimal("7.00"));
    assertThat(Money.ZERO.amount()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void arithmeticKeepsScaleTwo() {
    Money a = Money.of("10.10");
    Money b = Money.of("0.9");

    assertThat(a.plus(b).amount()).isEqualTo(new BigDecimal("11.00"));
    assertThat(a.minus(b).amount()).isEqualTo(new BigDecimal("9.20"));
    assertThat(b.minus(a).amount()).isEqualTo(new BigDecimal("-9.20"));
    assertThat(a.negate().amount()).isEqualTo(new BigDecimal("-10.10"));
    assertThat(a.times(3).amount()).isEqualTo(new BigDecimal("30.30"));
    assertThat(a.times(Rate.percent("50")).amount()).isEqualTo(new BigDecimal("5.05"));
  }

  @Test
  void equalityIgnoresScale() {
    assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50"));
    assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(Money.of("1.50"));
    assertThat(Money.of("1.5")).hasSameHashCodeAs(Money.of("1.50"));
    assertThat(Money.ofKroner(2)).isEqualTo(Money.of("2"));
    assertThat(Money.of("1.5")).isNotEqualTo(Money.of("1.51"));
    assertThat(Money.of("1.5").isEqualTo(Money.of("1.50"))).isTrue();
  }

  @Test
  void moreThanTwoDecimalsIsRefused() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Money.of("1.005"));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.amount.decimals");
    assertThat(e.arguments()).containsExactly("1.005");
  }

  @Test
  void trailingZerosBeyondTwoDecimalsAreAccepted() {
    assertThat(Money.of("12.3400").amount()).isEqualTo(new BigDecimal("12.34"));
  }

  @Test
  void timesRateRoundsHalfUpToTheOre() {
    assertThat(Money.of("0.01").times(Rate.percent("50"))).isEqualTo(Money.of("0.01")); // 0.005
    assertThat(Money.of("1.01").times(Rate.percent("50"))).isEqualTo(Money.of("0.51")); // 0.505
    assertThat(Money.of("0.03").times(Rate.percent("50"))).isEqualTo(Money.of("0.02")); // 0.015
    assertThat(Money.of("0.09").times(Rate.percent("50"))).isEqualTo(Money.of("0.05")); // 0.045
    assertThat(Money.of("0.01").times(Rate.of(new BigDecimal("0.49"))))
        .isEqualTo(Money.ZERO); // 0.0049
    assertThat(Money.of("-0.01").times(Rate.percent("50"))).isEqualTo(Money.of("-0.01")); // -0.005
  }

  @Test
  void timesRateKeepsFullPrecisionOfTheRateUntilTheEnd() {
    // 100 × 1/3 with a 10-decimal rate = 33.33333333 → 33.33
    Rate third = Rate.of(new BigDecimal("0.3333333333"));
    assertThat(Money.ofKroner(100).times(third)).isEqualTo(Money.of("33.33"));
    // 1 000 001 × 0.5 = 500 000.5 → 500 000.50 (no rounding to whole kroner here)
    assertThat(Money.ofKroner(1_000_001).times(Rate.percent("50")))
        .isEqualTo(Money.of("500000.50"));
  }

  @Test
  void roundDownToWholeKronerDropsTheOre() {
    assertThat(Money.of("500000.99").roundDownToWholeKroner()).isEqualTo(Money.ofKroner(500_000));
    assertThat(Money.of("500000.50").roundDownToWholeKroner().amount())
        .isEqualTo(new BigDecimal("500000.00"));
    assertThat(Money.of("12.00").roundDownToWholeKroner()).isEqualTo(Money.ofKroner(12));
    assertThat(Money.of("0.99").roundDownToWholeKroner()).isEqualTo(Money.ZERO);
  }

  @Test
  void minAndMaxPickTheRightAmount() {
    Money small = Money.of("99.99");
    Money large = Money.ofKroner(100);

    assertThat(small.min(large)).isSameAs(small);
    assertThat(large.min(small)).isSameAs(small);
    assertThat(small.max(large)).isSameAs(large);
    assertThat(large.max(small)).isSameAs(large);
    assertThat(Money.of("-5").max(Money.ZERO)).isEqualTo(Money.ZERO);
  }

  @Test
  void comparisonsAndSigns() {
    assertThat(Money.of("0.01").isPositive()).isTrue();
    assertThat(Money.of("-0.01").isNegative()).isTrue();
    assertThat(Money.of("0.00").isZero()).isTrue();
    assertThat(Money.of("2").isGreaterThan(Money.of("1.99"))).isTrue();
    assertThat(Money.of("1.99").isLessThan(Money.of("2"))).isTrue();
    assertThat(Money.of("2").isLessThan(Money.of("2.00"))).isFalse();
  }

  @Test
  void shareOfZeroWholeIsRateZero() {
    assertThat(Money.ofKroner(100).shareOf(Money.ZERO)).isEqualTo(Rate.ZERO);
    assertThat(Money.ZERO.shareOf(Money.of("0.00"))).isEqualTo(Rate.ZERO);
  }

  @Test
  void shareOfGivesTheQuotientToTenDecimals() {
    assertThat(Money.ofKroner(1).shareOf(Money.ofKroner(3)).value())
        .isEqualTo(new BigDecimal("0.3333333333"));
    assertThat(Money.ofKroner(100_000).shareOf(Money.ofKroner(300_000)).value())
        .isEqualByComparingTo("0.3333333333");
    assertThat(Money.ofKroner(50).shareOf(Money.ofKroner(200)).value())
        .isEqualByComparingTo("0.25");
  }

  @Test
  void toStringIsThePlainAmount() {
    assertThat(Money.of("1234567.5")).hasToString("1234567.50");
  }

  @Test
  void anAmountBeyondAThousandBillionIsRefusedAsTooLargeNotStored() {
    assertThat(Money.of("1000000000000").amount()).isEqualByComparingTo("1000000000000");
    for (String absurd :
        new String[] {"1000000000000.01", "-1000000000001", "1e30", "99999999999999999999999"}) {
      Assertions.assertThatThrownBy(() -> Money.of(new BigDecimal(absurd)))
          .as(absurd)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.messageKey()).isEqualTo("validation.amount.tooLarge"));
    }
  }

  @Test
  void aStoredAmountIsReadAsItIsWhateverItsSize() {
    assertThat(
            new MoneyAttributeConverter()
                .convertToEntityAttribute(new BigDecimal("12345678901234567.89"))
                .amount())
        .isEqualByComparingTo("12345678901234567.89");
  }
}
