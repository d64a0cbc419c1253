package no.biogrants.payment;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;

/**
 * The final report (sluttrapport) sent with the final payment request: how many took part, the
 * training hours, what was done, and the auditor's attestation of the accounts when required.
 */
public record FinalReport(
    int participants, int trainingHours, String text, boolean auditorAttested, String auditorName) {

  /** Every problem of the final report (none sent: null) at once, each named by its field. */
  static void requireComplete(FinalReport report) {
    List<FieldViolation> violations = new ArrayList<>();
    if (report == null || report.text() == null || report.text().isBlank()) {
      violations.add(FieldViolation.of("report", "payment.reportRequired"));
    } else if (report.text().length() > PaymentRequest.REPORT_MAXLENGTH) {
      violations.add(
          FieldViolation.of("report", "validation.tooLong", PaymentRequest.REPORT_MAXLENGTH));
    }
    if (report == null || report.participants() < 1) {
      violations.add(FieldViolation.of("participants", "payment.participantsRequired"));
    }
    if (report == null || report.trainingHours() < 1) {
      violations.add(FieldViolation.of("trainingHours", "payment.hoursRequired"));
    }
    if (report != null
        && report.auditorAttested()
        && (report.auditorName() == null || report.auditorName().isBlank())) {
      violations.add(FieldViolation.of("auditorName", "payment.auditorNameRequired"));
    }
    if (report != null
        && report.auditorName() != null
        && report.auditorName().length() > PaymentRequest.AUDITOR_MAXLENGTH) {
      violations.add(
          FieldViolation.of("auditorName", "validation.tooLong", PaymentRequest.AUDITOR_MAXLENGTH));
    }
    InvalidInputException.throwIfAny(violations);
  }

  /** The report as stored: texts trimmed, and no auditor's name without the attestation. */
  FinalReport stripped() {
    return new FinalReport(
        participants,
        trainingHours,
        text.strip(),
        auditorAttested,
        auditorAttested ? auditorName.strip() : null);
  }
}
