package no.biogrants.grantapplication;

import java.util.List;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;

/** Submitting was refused: every rule the application breaks, each with its field. */
public class ApplicationRulesBroken extends BusinessException {

  private final transient List<BrokenRule> rules;

  public ApplicationRulesBroken(List<BrokenRule> rules) {
    super(violations(rules));
    this.rules = List.copyOf(rules);
  }

  public List<BrokenRule> rules() {
    return rules;
  }

  /**
   * The hard rules as field violations (the form's field names, {@code costItems} for the cost
   * lines).
   */
  static List<FieldViolation> violations(List<BrokenRule> rules) {
    return rules.stream()
        .filter(BrokenRule::hard)
        .map(
            r ->
                new FieldViolation(
                    "costLines".equals(r.field()) ? "costItems" : r.field(),
                    r.messageKey(),
                    r.arguments()))
        .toList();
  }
}
