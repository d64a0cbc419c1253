package no.biogrants.payment;

import java.util.List;
import no.biogrants.shared.Money;

/**
 * The result of checking a payment request against the rules, shown to the caseworker before
 * approving: what the documented costs have earned, the most this kind of payment may reach, what
 * is payable now, what of the commitment is no longer needed (final payment), what was paid too
 * much (to be reclaimed), and the problems (message keys) that block approval.
 */
public record PaymentCheck(
    PaymentKind kind,
    Money documentedCosts,
    Money earned,
    Money ceiling,
    Money alreadyPaid,
    Money payable,
    Money toRelease,
    Money overpaid,
    boolean cut,
    boolean attestationRequired,
    List<String> problems) {

  public PaymentCheck {
    problems = List.copyOf(problems);
  }

  public boolean approvable() {
    return problems.isEmpty();
  }
}
