package no.biogrants.assessment;

/** The eligibility gates every application passes before it can be recommended (design §4). */
public enum Gate {
  /** The organisation number passes the MOD11 check. */
  ORG_NUMBER_VALID,
  /** A company of 1 to 250 employees (small and medium-sized). */
  COMPANY_SIZE,
  /** The company's business address is in the round's county. */
  COMPANY_COUNTY,
  /** Not public sector, and not a sole proprietorship without employees. */
  LEGAL_FORM,
  /** Training costs (a-e) at least 1/3 of eligible costs; wages at most 2/3. */
  COST_RULES,
  /** The amount applied for is not above what the rules allow (intensity, ceiling). */
  CEILING,
  /** Submitted on or before the round's deadline (rolling rounds have none). */
  DEADLINE_MET
}
