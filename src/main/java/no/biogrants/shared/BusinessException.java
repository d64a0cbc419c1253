package no.biogrants.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the domain said no. Carries a message key of the resource bundle and its arguments,
 * so the page shows a Norwegian sentence next to the field, never a stack trace. Rolls back the
 * transaction: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final transient List<Object> arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey + " " + java.util.Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments =
        arguments == null
            ? List.of()
            : java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
