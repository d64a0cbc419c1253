package no.biogrants.casework.appeal;

/**
 * How an appeal ended. A reversal (by the county or the appeal body) and a setting aside reopen the
 * case for a new recommendation and decision; the others leave the appealed decision standing.
 */
public enum AppealOutcome {
  /** The county reversed its own decision (omgjøring, fvl. § 33 second paragraph). */
  REVERSED_BY_COUNTY,
  /** The appeal body upheld the decision (stadfestet). */
  UPHELD_BY_BODY,
  /** The appeal body reversed the decision (omgjort): the county decides anew accordingly. */
  REVERSED_BY_BODY,
  /**
   * The appeal body set the decision aside (opphevet) and sent the case back for a new decision.
   */
  SET_ASIDE_BY_BODY,
  /** Dismissed because it came too late (avvist, fvl. § 31 not applied). */
  DISMISSED_LATE,
  /** Withdrawn by the applicant. */
  WITHDRAWN;

  /** The case goes back to review for a new recommendation and decision. */
  public boolean reopensCase() {
    return this == REVERSED_BY_COUNTY || this == REVERSED_BY_BODY || this == SET_ASIDE_BY_BODY;
  }

  /** An outcome only the appeal body gives. */
  public boolean isBodyOutcome() {
    return this == UPHELD_BY_BODY || this == REVERSED_BY_BODY || this == SET_ASIDE_BY_BODY;
  }
}
