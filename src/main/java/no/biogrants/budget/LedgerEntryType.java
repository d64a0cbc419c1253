package no.biogrants.budget;

/** The kinds of money movement on a budget line. */
public enum LedgerEntryType {
  ALLOCATION,
  TRANSFER,
  COMMITMENT,
  RELEASE,
  DISBURSEMENT,
  RECLAIM,
  CARRY_OVER
}
