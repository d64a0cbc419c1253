package no.biogrants.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * The rules of a decision that need no database: four eyes, written reasons, when the political
 * committee decides, the outcome of a grant and its acceptance deadline. {@link Decisions} applies
 * them under the application's row lock; the rule ids are those of the casework package.
 */
public final class DecisionRules {

  /** The committee's case number is at most this long. */
  static final int COMMITTEE_CASE_MAXLENGTH = 40;

  private DecisionRules() {}

  /**
   * The delegation check (CASE-D4): the political committee decides an amount above the scheme's
   * delegation limit; the limit itself is still the approver's.
   */
  public static boolean committeeDecides(Money amount, Money delegationLimit) {
    return amount.isGreaterThan(delegationLimit);
  }

  /**
   * The committee's case number, stripped, when the committee decides the amount, and null when it
   * does not (a number given then is not kept). Refused when the committee decides and the number
   * is missing or too long.
   */
  static String committeeCaseNumber(Money amount, Money delegationLimit, String caseNumber) {
    if (!committeeDecides(amount, delegationLimit)) {
      return null;
    }
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new InvalidInputException("decision.committeeCaseRequired", delegationLimit);
    }
    if (caseNumber.strip().length() > COMMITTEE_CASE_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", COMMITTEE_CASE_MAXLENGTH);
    }
    return caseNumber.strip();
  }

  /** CASE-D3: every decision has written reasons, at most {@value Decision#REASONS_MAXLENGTH}. */
  static void requireReasons(String reasons) {
    if (reasons == null || reasons.isBlank()) {
      throw new InvalidInputException("validation.reasons.required");
    }
    if (reasons.length() > Decision.REASONS_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", Decision.REASONS_MAXLENGTH);
    }
  }

  /** CASE-D1: only a recommended application is granted or rejected. */
  static void requireRecommended(ApplicationStatus status) {
    if (status != ApplicationStatus.RECOMMENDED) {
      throw new IllegalTransitionException(status, ApplicationStatus.GRANTED);
    }
  }

  /** CASE-D1: four eyes, the approver never decides what they recommended themselves. */
  static void requireFourEyes(String recommendedBy, String approver) {
    if (recommendedBy.equals(approver)) {
      throw new BusinessException("decision.fourEyes");
    }
  }

  /** CASE-D5: the outcome of a grant that moved the application to the given status. */
  static DecisionOutcome grantOutcome(ApplicationStatus status) {
    return status == ApplicationStatus.GRANTED
        ? DecisionOutcome.GRANTED
        : DecisionOutcome.PARTIALLY_GRANTED;
  }

  /**
   * CASE-T1: the last day to accept a grant, the decision's date where the county is (the clock's
   * zone) plus the scheme's acceptance days.
   */
  static LocalDate acceptanceDeadline(Instant decidedAt, ZoneId zone, int acceptanceDays) {
    return LocalDate.ofInstant(decidedAt, zone).plusDays(acceptanceDays);
  }
}
