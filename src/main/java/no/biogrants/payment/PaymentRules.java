package no.biogrants.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.Money;

/**
 * The payment arithmetic (design §5), to the øre, HALF_UP:
 *
 * <ul>
 *   <li>earned = grant × documented ÷ planned eligible costs, never above the grant: when the
 *       documented eligible costs fall short of the plan, the grant is cut at the same rate;
 *   <li>a part payment may bring the total paid up to min(earned, grant × part share);
 *   <li>the final payment is earned − already paid, the remainder, so all payments sum exactly to
 *       the final grant; the commitment above the final grant is released; if more was paid than
 *       earned, nothing is payable and the difference must be reclaimed;
 *   <li>a final report for a grant above the threshold needs the auditor's attestation.
 * </ul>
 */
public final class PaymentRules {

  private PaymentRules() {}

  public static PaymentCheck check(
      PaymentTerms terms,
      PaymentKind kind,
      Money documentedCosts,
      boolean attested,
      Money alreadyPaid) {
    List<String> problems = new ArrayList<>();
    Money earned = earned(terms, documentedCosts);
    boolean cut = documentedCosts.isLessThan(terms.plannedCosts());
    Money ceiling =
        kind == PaymentKind.PART ? earned.min(terms.grant().times(terms.partShare())) : earned;
    Money payable = ceiling.minus(alreadyPaid).max(Money.ZERO);
    Money overpaid =
        kind == PaymentKind.FINAL ? alreadyPaid.minus(earned).max(Money.ZERO) : Money.ZERO;
    Money toRelease = kind == PaymentKind.FINAL ? terms.grant().minus(earned) : Money.ZERO;
    boolean attestationRequired = kind == PaymentKind.FINAL && terms.attestationRequired();
    if (attestationRequired && !attested) {
      problems.add("payment.attestationMissing");
    }
    if (overpaid.isPositive()) {
      problems.add("payment.overpaid");
    }
    if (kind == PaymentKind.PART && !payable.isPositive()) {
      problems.add("payment.nothingPayable");
    }
    return new PaymentCheck(
        kind,
        documentedCosts,
        earned,
        ceiling,
        alreadyPaid,
        payable,
        toRelease,
        overpaid,
        cut,
        attestationRequired,
        problems);
  }

  /**
   * The grant the documented costs have earned: cut at the same rate when they fall short of the
   * plan.
   */
  static Money earned(PaymentTerms terms, Money documentedCosts) {
    if (!documentedCosts.isLessThan(terms.plannedCosts())) {
      return terms.grant();
    }
    if (!terms.plannedCosts().isPositive()) {
      return Money.ZERO;
    }
    BigDecimal share =
        documentedCosts
            .amount()
            .multiply(terms.grant().amount())
            .divide(terms.plannedCosts().amount(), Money.SCALE, Money.ROUNDING);
    return Money.of(share).min(terms.grant());
  }
}
