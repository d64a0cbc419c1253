package no.biogrants.it;

/**
 * Where {@link CaseFixtures#make} leaves a new case: each stage is the one before it and one more
 * step, all in the demo county 34 as its demo users ({@code soker} applies, {@code saksbehandler}
 * declares, scores and recommends, {@code leder} decides, {@code leder2} is the second approver).
 * Client tests ask for them over HTTP through {@link CaseFixturesServlet}.
 */
public enum CaseStage {
  /** Submitted; nobody at the county has declared anything on it. */
  SUBMITTED,
  /** Submitted; the caseworker has declared themselves impartial. */
  DECLARED,
  /** Scored by a caseworker (in review), ready for the recommendation. */
  SCORED,
  /** Scored, but a gate failed (a company of 300 employees): the gate can be overridden. */
  GATE_FAILED,
  /** Recommended at 100 000; both approvers have declared themselves impartial. */
  RECOMMENDED,
  /** Recommended at 600 000, above the scheme's delegation limit: the committee decides. */
  ABOVE_DELEGATION,
  /** Granted (partly: 100 000 of 200 000) by {@code leder}, not accepted yet. */
  GRANTED,
  /** Granted and accepted by the company. */
  ACCEPTED,
  /** Accepted, with a part payment of 50 000 requested and waiting for the caseworker. */
  PART_REQUESTED,
  /** Accepted, with a part payment of 50 000 paid (in progress). */
  PART_PAID,
  /** Paid 50 000, of which 10 000 reclaimed: ready to be closed. */
  RECLAIMED,
  /** Rejected by {@code leder}. */
  REJECTED,
  /** Rejected and appealed by the company in time. */
  APPEALED,
  /** Rejected 30 days ago and appealed by the company only now: late, not decided on. */
  APPEALED_LATE,
  /** Appealed in time and forwarded to the appeal body by the caseworker. */
  FORWARDED
}
