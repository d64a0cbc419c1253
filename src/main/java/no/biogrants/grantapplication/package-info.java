/**
 * Applications (søknader) and their life.
 *
 * <ul>
 *   <li>Status flow (design §3): DRAFT → SUBMITTED → IN_REVIEW ⇄ AWAITING_APPLICANT → RECOMMENDED →
 *       GRANTED | PARTIALLY_GRANTED | REJECTED | DISMISSED → ACCEPTED → IN_PROGRESS →
 *       FINAL_REPORTED → CLOSED, with WITHDRAWN, APPEALED, CANCELLED and RECLAIMED on the side.
 *       The allowed moves are one table, {@link no.biogrants.grantapplication.StatusTransitions};
 *       every move appends a status_change row (from, to, who, when, reason) and an audit line.
 *   <li>Only a DRAFT may be edited. Submitting needs an open round (deadline inclusive; rolling
 *       rounds have none) and no broken hard rule: eligible costs above zero; training costs (a-e)
 *       at least 1/3 of eligible costs, i.e. wages (f) at most 2/3, compared exactly as
 *       3 × training ≥ eligible; the amount applied for above zero and not above the maximum grant.
 *   <li>The reference YYYY-NNNN is given at submission, numbered per county and submission year
 *       from a locked counter row.
 *   <li>The company's name, org number, NACE code and size are copied onto the application when the
 *       draft is created.
 *   <li>A user sees and acts only on applications of companies they represent.
 *   <li>Entities carry {@code @Version}: two people saving the same application at once get a
 *       conflict, not a lost update.
 * </ul>
 */
package no.biogrants.grantapplication;
