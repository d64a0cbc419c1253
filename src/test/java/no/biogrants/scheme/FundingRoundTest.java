package no.biogrants.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingRoundTest {

  private static final Scheme SCHEME = TestSchemes.bio(2020, "Test");
  private static final LocalDate OPENS = LocalDate.of(2020, 3, 1);
  private static final LocalDate DEADLINE = LocalDate.of(2020, 4, 15);

  @Test
  void schS2_aRoundIsOpenFromItsOpeningThroughItsDeadlineBothDaysIncluded() {
    FundingRound round = new FundingRound(SCHEME, "Vår", OPENS, DEADLINE, false, 1L);

    assertThat(round.isOpenOn(OPENS.minusDays(1))).isFalse();
    assertThat(round.isOpenOn(OPENS)).isTrue();
    assertThat(round.isOpenOn(DEADLINE)).isTrue();
    assertThat(round.isOpenOn(DEADLINE.plusDays(1))).isFalse();
  }

  @Test
  void schS2_aRollingRoundStaysOpenFromItsOpening() {
    FundingRound rolling = new FundingRound(SCHEME, "Løpende", OPENS, DEADLINE, true, 1L);

    assertThat(rolling.isOpenOn(OPENS.minusDays(1))).isFalse();
    assertThat(rolling.isOpenOn(DEADLINE.plusYears(1))).isTrue();
    assertThat(rolling.getBudgetLineId()).isEqualTo(1L);
  }
}
