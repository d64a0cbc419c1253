package no.biogrants.applicant;

import jakarta.ejb.ApplicationException;
import java.util.List;
import no.biogrants.shared.InvalidInputException;

/**
 * A company profile (or a representative change) that breaks one or more rules, with every broken
 * rule per field, so the page can show each message next to its field. Rolls back: nothing is
 * half-saved.
 */
@ApplicationException(rollback = true)
public class InvalidProfileException extends InvalidInputException {

  private final transient List<FieldProblem> problems;

  public InvalidProfileException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> new no.biogrants.shared.FieldViolation(p.field(), p.key(), p.arguments())).toList());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** Throws when there is any problem. */
  public static void throwIfAnyProblem(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidProfileException(problems);
    }
  }
}
