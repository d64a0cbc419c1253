package no.biogrants.grantapplication;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;

/** The one check for a required text with a maximum length, used by the application's values. */
final class TextChecks {

  private TextChecks() {}

  /** Refuses a missing or too long text at once (one field; see {@link #checkText} for several). */
  static void requireText(String value, String requiredKey, int max) {
    List<FieldViolation> violations = new ArrayList<>();
    checkText(value, null, requiredKey, max, violations);
    InvalidInputException.throwIfAny(violations);
  }

  static void checkText(
      String value, String field, String requiredKey, int max, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(FieldViolation.of(field, requiredKey));
    } else if (value.length() > max) {
      violations.add(FieldViolation.of(field, "validation.tooLong", max));
    }
  }
}
