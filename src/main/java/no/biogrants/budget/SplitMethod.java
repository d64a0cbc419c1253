package no.biogrants.budget;

/** How an allocation is divided between counties. */
public enum SplitMethod {
  /** Equal amount per inhabitant (likt beløp per innbygger), the national key of 2020-2021. */
  PER_INHABITANT,
  /** Amounts typed in by hand. */
  MANUAL
}
