package no.biogrants.casework.appeal;

import java.time.LocalDate;
import no.biogrants.shared.InvalidInputException;

/** The checks of what staff and applicants enter on an appeal: texts and dates. */
final class AppealInput {

  private AppealInput() {}

  /** A date given, and not after today. */
  static void requirePastDate(LocalDate date, LocalDate today) {
    if (date == null) {
      throw new InvalidInputException("validation.appeal.dateRequired");
    }
    if (date.isAfter(today)) {
      throw new InvalidInputException("validation.appeal.dateInFuture");
    }
  }

  /** A text that must be given ({@code requiredKey} when blank), stripped, at most max long. */
  static String text(String value, String requiredKey, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(requiredKey);
    }
    return optionalText(value, max);
  }

  /** A text that may be left out (null when blank), stripped, at most max long. */
  static String optionalText(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > max) {
      throw new InvalidInputException("validation.tooLong", max);
    }
    return value.strip();
  }
}
