package no.biogrants.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A value that can never be right (an org number failing MOD11, a negative amount). */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  /** Every invalid value found at once (at least one), each with its field. */
  public InvalidInputException(List<FieldViolation> violations) {
    super(violations);
  }

  /** Refuses with every violation collected, or does nothing when there is none. */
  public static void throwIfAny(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
