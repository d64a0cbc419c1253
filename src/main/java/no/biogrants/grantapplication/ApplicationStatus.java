package no.biogrants.grantapplication;

/**
 * Where an application is in its life (design §3). The allowed moves are in {@link
 * StatusTransitions}.
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  AWAITING_APPLICANT,
  RECOMMENDED,
  GRANTED,
  PARTIALLY_GRANTED,
  REJECTED,
  DISMISSED,
  ACCEPTED,
  IN_PROGRESS,
  FINAL_REPORTED,
  CLOSED,
  WITHDRAWN,
  APPEALED,
  CANCELLED,
  RECLAIMED;

  /** Counts as "applied for" in oversubscription: submitted and not withdrawn or dismissed. */
  public boolean countsAsApplied() {
    return this != DRAFT && this != WITHDRAWN && this != DISMISSED;
  }

  /** A decision in this status may be appealed (the transition table allows → APPEALED). */
  public boolean isAppealable() {
    return StatusTransitions.isAllowed(this, APPEALED);
  }

  /**
   * The grant is being paid: accepted, part paid or final report sent. Payments are requested and
   * approved, payment documents attached and money reclaimed only then.
   */
  public boolean isBeingPaid() {
    return this == ACCEPTED || this == IN_PROGRESS || this == FINAL_REPORTED;
  }

  /** A grant exists: money is (or was) committed for it. */
  public boolean isGrant() {
    return switch (this) {
      case GRANTED, PARTIALLY_GRANTED, ACCEPTED, IN_PROGRESS, FINAL_REPORTED, CLOSED, RECLAIMED ->
          true;
      default -> false;
    };
  }
}
