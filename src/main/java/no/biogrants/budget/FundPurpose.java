package no.biogrants.budget;

/** What money on a budget line may pay for. */
public enum FundPurpose {
  /** Bedriftsintern opplæring: the grants this system administers. */
  BIO,
  /** Upper secondary education (videregående opplæring), e.g. for laid-off workers. */
  UPPER_SECONDARY,
  /** Other measures a county chooses to fund from flexible money. */
  OTHER_MEASURE
}
