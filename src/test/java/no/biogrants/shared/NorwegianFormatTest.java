package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Amounts and dates as a Norwegian reader reads them, in history and audit lines (item 7). */
class NorwegianFormatTest {

  @Test
  void anAmountHasSpacesBetweenThousandsACommaAndKr() {
    assertThat(NorwegianFormat.money(Money.ofKroner(110_000))).isEqualTo("110\u00a0000,00\u00a0kr");
    assertThat(NorwegianFormat.money(new BigDecimal("1234567.5")))
        .isEqualTo("1\u00a0234\u00a0567,50\u00a0kr");
    assertThat(NorwegianFormat.money((Money) null)).isEmpty();
  }

  @Test
  void aDateIsDayMonthYearWithDots() {
    assertThat(NorwegianFormat.date(LocalDate.of(2026, 12, 1))).isEqualTo("01.12.2026");
    assertThat(NorwegianFormat.date(null)).isEmpty();
  }

  @Test
  void anInstantIsReadInOsloTime() {
    Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");
    assertThat(NorwegianFormat.dateOf(lateEvening)).isEqualTo("01.12.2026");
    assertThat(NorwegianFormat.dateTime(lateEvening)).isEqualTo("01.12.2026 00:30");
  }
}
