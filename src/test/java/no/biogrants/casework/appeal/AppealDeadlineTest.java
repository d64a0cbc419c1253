package no.biogrants.casework.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import no.biogrants.shared.ClockProducer;
import org.junit.jupiter.api.Test;

/**
 * The appeal deadline (fvl. § 29): the decision's Europe/Oslo date + 3 weeks, last day inclusive.
 */
class AppealDeadlineTest {

  private static Instant oslo(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ClockProducer.OSLO).toInstant();
  }

  @Test
  void caseA1_theLastDayIsThreeWeeksAfterTheDecisionDate() {
    AppealDeadline deadline = AppealDeadline.forDecisionAt(oslo("2024-03-05T14:00"));

    assertThat(deadline.decisionDate()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 3, 26));
  }

  @Test
  void anAppealWithinTheThreeWeeksIsInTime() {
    AppealDeadline deadline = AppealDeadline.forDecisionAt(oslo("2024-03-05T14:00"));

    assertThat(deadline.isLate(LocalDate.of(2024, 3, 5))).isFalse();
    assertThat(deadline.isLate(LocalDate.of(2024, 3, 15))).isFalse();
    assertThat(deadline.daysLate(LocalDate.of(2024, 3, 15))).isZero();
  }

  @Test
  void anAppealOnTheLastDayIsInTime() {
    AppealDeadline deadline = AppealDeadline.forDecisionAt(oslo("2024-03-05T14:00"));

    assertThat(deadline.isLate(LocalDate.of(2024, 3, 26))).isFalse();
    assertThat(deadline.daysLate(LocalDate.of(2024, 3, 26))).isZero();
  }

  @Test
  void anAppealTheDayAfterTheLastDayIsLate() {
    AppealDeadline deadline = AppealDeadline.forDecisionAt(oslo("2024-03-05T14:00"));

    assertThat(deadline.isLate(LocalDate.of(2024, 3, 27))).isTrue();
    assertThat(deadline.daysLate(LocalDate.of(2024, 3, 27))).isEqualTo(1);
    assertThat(deadline.daysLate(LocalDate.of(2024, 4, 5))).isEqualTo(10);
  }

  @Test
  void theDecisionDateIsTheDateInOsloNotInUtc() {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Oslo (winter time, UTC+1).
    AppealDeadline lateEvening =
        AppealDeadline.forDecisionAt(Instant.parse("2024-03-01T23:30:00Z"));
    // 22:30 UTC on 1 July is 00:30 on 2 July in Oslo (summer time, UTC+2).
    AppealDeadline summerNight =
        AppealDeadline.forDecisionAt(Instant.parse("2024-07-01T22:30:00Z"));

    assertThat(lateEvening.decisionDate()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(lateEvening.lastDay()).isEqualTo(LocalDate.of(2024, 3, 23));
    assertThat(summerNight.decisionDate()).isEqualTo(LocalDate.of(2024, 7, 2));
    assertThat(summerNight.lastDay()).isEqualTo(LocalDate.of(2024, 7, 23));
  }

  @Test
  void threeWeeksAcrossTheChangeToSummerTimeAreStillTwentyOneCalendarDays() {
    // Decided late on Friday 15 March 2024; clocks go forward on 31 March.
    AppealDeadline deadline = AppealDeadline.forDecisionAt(oslo("2024-03-15T23:59"));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 4, 5));
    assertThat(deadline.isLate(LocalDate.of(2024, 4, 5))).isFalse();
    assertThat(deadline.isLate(LocalDate.of(2024, 4, 6))).isTrue();
  }

  @Test
  void aDeadlineOnASaturdayIsNotMoved() {
    // Decided on a Saturday (a committee meeting): the last day is a Saturday three weeks later.
    AppealDeadline deadline = AppealDeadline.forDecisionAt(oslo("2024-06-01T10:00"));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 6, 22));
    assertThat(deadline.isLate(LocalDate.of(2024, 6, 24))).isTrue();
  }
}
