package no.biogrants.payment;

import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * What a grant's payments are measured against: the granted amount, the eligible costs it was
 * planned on, the part-payment share and the grant above which the final report needs an auditor's
 * attestation.
 */
public record PaymentTerms(
    Money grant, Money plannedCosts, Rate partShare, Money attestationThreshold) {

  /** The final report needs an auditor's attestation when the grant is above the threshold. */
  public boolean attestationRequired() {
    return grant.isGreaterThan(attestationThreshold);
  }
}
