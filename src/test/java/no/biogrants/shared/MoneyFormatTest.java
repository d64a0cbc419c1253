package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  @Test
  void theJdkGroupsNorwegianNumbersWithANoBreakSpace() {
    // Precondition for the literal expectations below (CLDR nb: U+00A0, not U+202F).
    assertThat(DecimalFormatSymbols.getInstance(MoneyFormat.NORWEGIAN).getGroupingSeparator())
        .isEqualTo('\u00a0');
  }

  @Test
  void norwegianGroupsWithNoBreakSpaceAndPutsKrAfter() {
    assertThat(MoneyFormat.format(Money.of("1234567.5"), MoneyFormat.NORWEGIAN))
        .isEqualTo("1\u00a0234\u00a0567,50\u00a0kr");
  }

  @Test
  void norwegianSmallAmountsHaveLeadingZeroAndTwoDecimals() {
    assertThat(MoneyFormat.format(Money.of("0.5"), MoneyFormat.NORWEGIAN))
        .isEqualTo("0,50\u00a0kr");
    assertThat(MoneyFormat.format(Money.ofKroner(999), MoneyFormat.NORWEGIAN))
        .isEqualTo("999,00\u00a0kr");
    assertThat(MoneyFormat.format(Money.ofKroner(1000), MoneyFormat.NORWEGIAN))
        .isEqualTo("1\u00a0000,00\u00a0kr");
  }

  @Test
  void englishPutsNokFirstWithCommaGrouping() {
    assertThat(MoneyFormat.format(Money.of("1234567.5"), Locale.ENGLISH))
        .isEqualTo("NOK 1,234,567.50");
    assertThat(MoneyFormat.format(Money.of("1234567.5"), Locale.US)).isEqualTo("NOK 1,234,567.50");
  }

  @Test
  void otherAndMissingLocalesFallBackToNorwegian() {
    assertThat(MoneyFormat.format(Money.of("1234.5"), Locale.GERMAN))
        .isEqualTo("1\u00a0234,50\u00a0kr");
    assertThat(MoneyFormat.format(Money.of("1234.5"), null)).isEqualTo("1\u00a0234,50\u00a0kr");
  }

  @Test
  void bigDecimalAmountsFormatTheSameWay() {
    assertThat(MoneyFormat.format(new BigDecimal("1234567.5"), MoneyFormat.NORWEGIAN))
        .isEqualTo("1\u00a0234\u00a0567,50\u00a0kr");
  }

  @Test
  void nullFormatsAsEmptyText() {
    assertThat(MoneyFormat.format((Money) null, MoneyFormat.NORWEGIAN)).isEmpty();
    assertThat(MoneyFormat.format((BigDecimal) null, Locale.ENGLISH)).isEmpty();
  }
}
