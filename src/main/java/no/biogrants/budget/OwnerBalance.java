package no.biogrants.budget;

import no.biogrants.shared.Money;

/**
 * What one grant or measure has on a line: committed (commitments less releases and reclaims) and
 * disbursed (payments less reclaims). Always 0 ≤ disbursed ≤ committed.
 */
public record OwnerBalance(Money committed, Money disbursed) {

  /** Committed and not yet paid out. */
  public Money open() {
    return committed.minus(disbursed);
  }
}
