package no.biogrants.grantapplication;

import java.util.List;
import no.biogrants.shared.BusinessException;

/** Submitting was refused: every rule the application breaks, each with its field. */
public class ApplicationRulesBroken extends BusinessException {

  private final transient List<BrokenRule> rules;

  public ApplicationRulesBroken(List<BrokenRule> rules) {
    super(GrantApplication.violations(rules));
    this.rules = List.copyOf(rules);
  }

  public List<BrokenRule> rules() {
    return rules;
  }
}
