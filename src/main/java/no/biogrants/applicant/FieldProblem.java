package no.biogrants.applicant;

import java.util.List;

/**
 * One input that breaks a rule: the field (its id relative to the form, e.g. {@code naceCode} or
 * {@code contacts:0:contactEmail}), the message key and its arguments.
 */
public record FieldProblem(String field, String key, List<Object> arguments) {

  public FieldProblem {
    arguments = List.copyOf(arguments);
  }

  public FieldProblem(String field, String key, Object... arguments) {
    this(field, key, List.of(arguments));
  }
}
