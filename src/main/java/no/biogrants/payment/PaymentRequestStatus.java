package no.biogrants.payment;

/**
 * Where a payment request is: sent, approved once (waiting for the second person), paid or
 * rejected.
 */
public enum PaymentRequestStatus {
  SUBMITTED,
  FIRST_APPROVED,
  PAID,
  REJECTED;

  public boolean isOpen() {
    return this == SUBMITTED || this == FIRST_APPROVED;
  }
}
