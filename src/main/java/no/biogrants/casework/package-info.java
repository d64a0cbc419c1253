/**
 * Casework: the county's queue and the decision (vedtak).
 *
 * <ul>
 *   <li>The queue shows a county's applications (never drafts) to its caseworkers and approvers,
 *       paged, filtered (text, status, "mine") and sorted in the database, with counters per status.
 *   <li>A case is assigned only to a caseworker of its county (taking it, or giving it to a
 *       colleague); the first scoring assigns it to the scorer. Every assignment is audited.
 *   <li>Acting on a case (scoring, recommending, deciding) needs a declaration of impartiality
 *       first (see the assessment package).
 *   <li>Only an approver of the application's county decides, only a RECOMMENDED application, and
 *       never one they recommended themselves (four eyes, message {@code decision.fourEyes}).
 *   <li>A caseworker may ask the applicant for more information with a deadline after today: the
 *       case waits (AWAITING_APPLICANT) and cannot be scored until the applicant answers, which
 *       brings it back to IN_REVIEW. Unanswered questions past their deadline are listed as
 *       reminders above the queue.
 *   <li>An approver may dismiss an application for formal errors (avvisning) while it is submitted,
 *       in review or recommended (never one they recommended); nothing is booked.
 *   <li>A decision needs written reasons. Above the scheme's delegation limit (default 500 000 NOK)
 *       the political committee decides: the approver records its decision with the committee's
 *       case number, which is then required. A grant of the recommended amount below the amount
 *       applied for is PARTIALLY_GRANTED.
 *   <li>A grant books a COMMITMENT on the recommended budget line in the same transaction; a line
 *       that cannot carry it refuses the whole decision with its figures.
 *   <li>The application row is locked before the status is checked, so a second approver cannot
 *       grant the same application twice.
 *   <li>A grant carries the recommendation's state-aid basis and conditions, and an acceptance
 *       deadline (decision date + the scheme's acceptance days, default 21). The company accepts
 *       by the deadline, registering a bank account (MOD11) if it has none ({@link
 *       no.biogrants.casework.Acceptances}); after the deadline a caseworker lets the grant lapse:
 *       CANCELLED, and the commitment is released.
 *   <li>Decision letters ({@link no.biogrants.casework.DecisionLetters}, layout in the letter
 *       package): made from the decision as made (its date is the letter's date; the appeal
 *       deadline is the decision date + 3 weeks), as .docx and PDF, stored with the case with a
 *       SHA-256 the first time either party asks for it and served from the store from then on.
 *       Only the application's company and the county's caseworkers and approvers can read it;
 *       everyone else gets "not found". Every read is audited.
 * </ul>
 */
package no.biogrants.casework;
