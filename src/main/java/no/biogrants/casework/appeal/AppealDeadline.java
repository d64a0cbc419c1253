package no.biogrants.casework.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import no.biogrants.shared.ClockProducer;

/**
 * The appeal deadline of a decision (fvl. § 29): three weeks from the day the decision reached the
 * party. We do not know that day, so the deadline runs from the decision date (its Europe/Oslo
 * date): decided on a Tuesday, the last day to appeal is the Tuesday three weeks later, inclusive.
 * Weekends and public holidays do not move it; a caseworker who finds an appeal late for such a
 * reason may consider it anyway (fvl. § 31).
 */
public record AppealDeadline(LocalDate decisionDate, LocalDate lastDay) {

  public static final Period APPEAL_PERIOD = Period.ofWeeks(3);

  /** The deadline of a decision made at {@code decidedAt}. */
  public static AppealDeadline forDecisionAt(Instant decidedAt) {
    LocalDate decided = LocalDate.ofInstant(decidedAt, ClockProducer.OSLO);
    return new AppealDeadline(decided, decided.plus(APPEAL_PERIOD));
  }

  /** Received after the last day. */
  public boolean isLate(LocalDate receivedOn) {
    return receivedOn.isAfter(lastDay);
  }

  /** Days after the last day (0 when in time). */
  public long daysLate(LocalDate receivedOn) {
    return Math.max(0, ChronoUnit.DAYS.between(lastDay, receivedOn));
  }
}
