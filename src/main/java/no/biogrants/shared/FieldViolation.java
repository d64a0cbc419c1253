package no.biogrants.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One broken rule or invalid value: the field it is about (the domain's name, e.g. {@code title} or
 * {@code costItems[1].amount}; null when it is about the whole thing), a message key of the
 * resource bundle and its arguments.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

  public FieldViolation {
    arguments =
        arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  public static FieldViolation of(String field, String messageKey, Object... arguments) {
    return new FieldViolation(
        field, messageKey, arguments == null ? List.of() : Arrays.asList(arguments));
  }

  /**
   * The same violation about a field inside {@code prefix}, e.g. {@code amount} → {@code
   * costItems[0].amount}.
   */
  public FieldViolation within(String prefix) {
    return new FieldViolation(field == null ? prefix : prefix + "." + field, messageKey, arguments);
  }
}
