package no.biogrants.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A rule of the domain said no. Carries a message key of the resource bundle and its arguments, so
 * the page shows a Norwegian sentence next to the field, never a stack trace. Rolls back the
 * transaction: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final transient List<Object> arguments;
  private final transient List<FieldViolation> violations;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments =
        arguments == null
            ? List.of()
            : Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    this.violations = List.of(new FieldViolation(null, messageKey, this.arguments));
  }

  /**
   * Several rules said no at once (at least one). The first is this exception's own message, so a
   * page that shows one message shows it; the API lists them all, each with its field.
   */
  public BusinessException(List<FieldViolation> violations) {
    super(violations.toString());
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violation");
    }
    this.violations = List.copyOf(violations);
    this.messageKey = this.violations.get(0).messageKey();
    this.arguments = this.violations.get(0).arguments();
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }

  /** Every rule that said no, with its field where known; the first is {@link #messageKey()}. */
  public List<FieldViolation> violations() {
    return violations;
  }
}
