package no.biogrants.casework.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import no.biogrants.shared.InvalidInputException;

/**
 * How an appeal ended: its outcome, the day it was decided (the appeal body's decision date, or the
 * county's action), the body's case number, the reason or summary, and who closed it when. An open
 * appeal has none (its columns are null).
 */
@Embeddable
public class AppealClosure {

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private AppealOutcome outcome;

  @Column(name = "outcome_on")
  private LocalDate on;

  @Column(name = "body_case_number", length = Appeal.CASE_NUMBER_MAXLENGTH)
  private String bodyCaseNumber;

  @Column(name = "outcome_reason", length = Appeal.REASON_MAXLENGTH)
  private String reason;

  @Column(name = "closed_by")
  private String by;

  @Column(name = "closed_at")
  private Instant at;

  protected AppealClosure() {}

  /** Closed by the county's own act (dismissed as late, reversed): the reason is required. */
  static AppealClosure byCounty(
      AppealOutcome outcome, String reason, LocalDate today, String by, Instant at) {
    String why =
        AppealInput.text(reason, "validation.appeal.reasonRequired", Appeal.REASON_MAXLENGTH);
    return new AppealClosure(outcome, today, null, why, by, at);
  }

  /** Withdrawn by the applicant, with a note if given. */
  static AppealClosure withdrawn(String note, LocalDate today, String by, Instant at) {
    return new AppealClosure(
        AppealOutcome.WITHDRAWN,
        today,
        null,
        AppealInput.optionalText(note, Appeal.REASON_MAXLENGTH),
        by,
        at);
  }

  /**
   * The appeal body's outcome: one only the body gives, decided on a day not in the future and not
   * before the appeal was forwarded, with the body's case number and a summary if given.
   */
  static AppealClosure byBody(
      AppealOutcome outcome,
      LocalDate on,
      String caseNumber,
      String summary,
      LocalDate forwardedOn,
      LocalDate today,
      String by,
      Instant at) {
    if (outcome == null || !outcome.isBodyOutcome()) {
      throw new InvalidInputException("validation.appeal.bodyOutcomeRequired");
    }
    AppealInput.requirePastDate(on, today);
    if (on.isBefore(forwardedOn)) {
      throw new InvalidInputException("validation.appeal.outcomeBeforeForwarded");
    }
    String number =
        AppealInput.text(
            caseNumber, "validation.appeal.caseNumberRequired", Appeal.CASE_NUMBER_MAXLENGTH);
    return new AppealClosure(
        outcome, on, number, AppealInput.optionalText(summary, Appeal.REASON_MAXLENGTH), by, at);
  }

  private AppealClosure(
      AppealOutcome outcome,
      LocalDate on,
      String bodyCaseNumber,
      String reason,
      String by,
      Instant at) {
    this.outcome = outcome;
    this.on = on;
    this.bodyCaseNumber = bodyCaseNumber;
    this.reason = reason;
    this.by = by;
    this.at = at;
  }

  AppealOutcome outcome() {
    return outcome;
  }

  LocalDate on() {
    return on;
  }

  String bodyCaseNumber() {
    return bodyCaseNumber;
  }

  String reason() {
    return reason;
  }

  String by() {
    return by;
  }

  Instant at() {
    return at;
  }
}
