package no.biogrants.grantapplication;

import static no.biogrants.grantapplication.ApplicationStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of allowed status changes. Every domain verb of {@link GrantApplication} moves
 * through {@link #check}; a move not listed here is refused.
 */
public final class StatusTransitions {

  private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED =
      new EnumMap<>(ApplicationStatus.class);

  static {
    allow(DRAFT, SUBMITTED, WITHDRAWN);
    allow(SUBMITTED, IN_REVIEW, WITHDRAWN, DISMISSED);
    allow(IN_REVIEW, AWAITING_APPLICANT, RECOMMENDED, WITHDRAWN, DISMISSED);
    allow(AWAITING_APPLICANT, IN_REVIEW, WITHDRAWN);
    allow(RECOMMENDED, GRANTED, PARTIALLY_GRANTED, REJECTED, DISMISSED, IN_REVIEW, WITHDRAWN);
    allow(GRANTED, ACCEPTED, CANCELLED, APPEALED);
    allow(PARTIALLY_GRANTED, ACCEPTED, CANCELLED, APPEALED);
    allow(REJECTED, APPEALED);
    allow(DISMISSED, APPEALED);
    allow(APPEALED, IN_REVIEW, GRANTED, PARTIALLY_GRANTED, REJECTED, DISMISSED);
    allow(ACCEPTED, IN_PROGRESS, FINAL_REPORTED, RECLAIMED);
    allow(IN_PROGRESS, FINAL_REPORTED, RECLAIMED);
    allow(FINAL_REPORTED, CLOSED, RECLAIMED);
    allow(RECLAIMED, CLOSED);
    allow(CLOSED);
    allow(WITHDRAWN);
    allow(CANCELLED);
  }

  private StatusTransitions() {}

  private static void allow(ApplicationStatus from, ApplicationStatus... to) {
    Set<ApplicationStatus> targets = EnumSet.noneOf(ApplicationStatus.class);
    targets.addAll(Set.of(to));
    ALLOWED.put(from, targets);
  }

  public static boolean isAllowed(ApplicationStatus from, ApplicationStatus to) {
    return ALLOWED.getOrDefault(from, Set.of()).contains(to);
  }

  public static Set<ApplicationStatus> targetsFrom(ApplicationStatus from) {
    return Set.copyOf(ALLOWED.get(from));
  }

  /** Refuses a move the table does not list, with message {@code status.transitionNotAllowed}. */
  public static void check(ApplicationStatus from, ApplicationStatus to) {
    if (!isAllowed(from, to)) {
      throw new IllegalTransitionException(from, to);
    }
  }
}
