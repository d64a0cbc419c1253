package no.biogrants.shared;

import jakarta.ejb.ApplicationException;

/** A value that can never be right (an org number failing MOD11, a negative amount). */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
