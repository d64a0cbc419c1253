package no.biogrants.casework.appeal;

import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.shared.NorwegianFormat;

/**
 * One action on an application's open appeal, as it started: the application (its row locked), its
 * status and the appeal's stage before the action; and the audit line it leaves, with both before
 * and after.
 */
record AppealStep(
    GrantApplication application,
    ApplicationStatus statusBefore,
    Appeal appeal,
    String stageBefore) {

  /** The step on the open appeal of the application, taken before anything changes. */
  static AppealStep of(GrantApplication application, Appeal appeal) {
    return new AppealStep(application, application.getStatus(), appeal, appeal.stage());
  }

  /**
   * The audit line: "appeal 7: status REJECTED -> IN_REVIEW, appeal RECEIVED -> REVERSED_BY_COUNTY;
   * details".
   */
  String auditLine(String details) {
    return "appeal "
        + appeal.getId()
        + ": status "
        + statusBefore
        + " -> "
        + application.getStatus()
        + ", appeal "
        + stageBefore
        + " -> "
        + appeal.stage()
        + (details == null ? "" : "; " + details);
  }

  /** The audit details of a new appeal: the decision, how and when it came, and its deadline. */
  static String received(Appeal appeal) {
    return "decision "
        + appeal.getDecision().getId()
        + ", "
        + appeal.getChannel()
        + ", received "
        + NorwegianFormat.date(appeal.getReceivedOn())
        + ", deadline "
        + NorwegianFormat.date(appeal.getDeadline())
        + (appeal.isLate() ? ", late by " + appeal.getDaysLate() + " days" : ", in time");
  }
}
