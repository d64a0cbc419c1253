package no.biogrants.applicant;

/**
 * Something about a company's profile the county will look at: registrable, but usually not
 * eligible or not complete (rule COMP-C4). The eligibility gates decide; the flags only tell the
 * company early.
 */
public enum ProfileFlag {
  /** A public-sector legal form (state, county, municipality or their enterprises). */
  PUBLIC_SECTOR,
  /** A sole proprietorship without employees (the owner does not count). */
  SOLE_PROPRIETOR_WITHOUT_EMPLOYEES,
  /** Registered before municipality numbers were asked for: the next save must give one. */
  MUNICIPALITY_NUMBER_MISSING,
  /** No bank account yet: needed at the latest when a grant is accepted. */
  BANK_ACCOUNT_MISSING
}
