package no.biogrants.casework;

/** What the approver decided (vedtak). */
public enum DecisionOutcome {
  GRANTED,
  PARTIALLY_GRANTED,
  REJECTED,
  DISMISSED
}
