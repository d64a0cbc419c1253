package no.biogrants.budget;

/** How an allocation is divided between counties. */
public enum SplitMethod {
  /** Equal amount per inhabitant (likt beløp per innbygger), the national key of 2020-2021. */
  PER_INHABITANT,
  /** A fixed share in percent per county (shares sum to 100). */
  FIXED_SHARES,
  /** Amounts typed in by hand (they sum to the allocation). */
  MANUAL
}
