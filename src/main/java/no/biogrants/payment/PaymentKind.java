package no.biogrants.payment;

/** A part payment while the training runs, or the final payment with the final report. */
public enum PaymentKind {
  PART,
  FINAL
}
