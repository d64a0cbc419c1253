/**
 * Casework: the county's queue and the decision (vedtak).
 *
 * <ul>
 *   <li><b>CASE-Q1</b> The queue shows a county's applications (never drafts) to its caseworkers
 *       and approvers, paged, filtered (text, status, "mine") and sorted in the database, with
 *       counters per status. The table (its rows and its total) is read live on every view.
 *       <b>CASE-Q2</b> The counters above it are counted at most every 10 seconds per county
 *       ({@link no.biogrants.casework.StatusCounters}), shared by all of the county's caseworkers
 *       and approvers, and are not cleared when a case changes: a counter may lag by up to 10
 *       seconds (plus one count's time; on a view already open, until the page is opened again, as
 *       before). A caseworker uses them to see the size of each pile, never to act on one case, and
 *       the filtered table is exact, so a few seconds' lag is accepted; counting every case of the
 *       largest county on every view was the queue page's largest cost at a million applications.
 *   <li><b>CASE-Q3</b> A case is assigned only to a caseworker of its county (taking it, or giving
 *       it to a colleague); the first scoring assigns it to the scorer. Every assignment is
 *       audited.
 *   <li>Acting on a case (scoring, recommending, deciding) needs a declaration of impartiality
 *       first (rule ASS-I1 of the assessment package).
 *   <li><b>CASE-D1</b> Only an approver of the application's county decides, only a RECOMMENDED
 *       application, and never one they recommended themselves (four eyes, message {@code
 *       decision.fourEyes}).
 *   <li><b>CASE-I1</b> A caseworker may ask the applicant for more information with a deadline
 *       after today: the case waits (AWAITING_APPLICANT) and cannot be scored until the applicant
 *       answers, which brings it back to IN_REVIEW. Unanswered questions past their deadline are
 *       listed as reminders above the queue.
 *   <li><b>CASE-D2</b> An approver may dismiss an application for formal errors (avvisning) while
 *       it is submitted, in review or recommended (never one they recommended); nothing is booked.
 *   <li><b>CASE-D3</b> A decision needs written reasons. <b>CASE-D4</b> Above the scheme's
 *       delegation limit (default 500 000 NOK) the political committee decides: the approver
 *       records its decision with the committee's case number, which is then required.
 *       <b>CASE-D5</b> A grant of the recommended amount below the amount applied for is
 *       PARTIALLY_GRANTED.
 *   <li><b>CASE-D6</b> A grant books a COMMITMENT on the recommended budget line in the same
 *       transaction; a line that cannot carry it refuses the whole decision with its figures.
 *   <li><b>CASE-D7</b> The application row is locked before the status is checked, so a second
 *       approver cannot grant the same application twice.
 *   <li><b>CASE-T1</b> A grant carries the recommendation's state-aid basis and conditions, and an
 *       acceptance deadline (decision date + the scheme's acceptance days, default 21).
 *       <b>CASE-T2</b> The company accepts by the deadline, registering a bank account (MOD11) if
 *       it has none ({@link no.biogrants.casework.Acceptances}); after the deadline a caseworker
 *       lets the grant lapse: CANCELLED, and the commitment is released.
 *   <li><b>CASE-L1</b> Decision letters ({@link no.biogrants.casework.DecisionLetters}, layout in
 *       the letter package): made from the decision as made (its date is the letter's date; the
 *       appeal deadline is the decision date + 3 weeks), as .docx and PDF, stored with the case
 *       with a SHA-256 the first time either party asks for it and served from the store from then
 *       on. Only the application's company and the county's caseworkers and approvers can read it;
 *       everyone else gets "not found". Every read is audited.
 *   <li><b>CASE-A1</b> Appeals ({@link no.biogrants.casework.appeal.Appeals}, fvl. §§ 28-34): a
 *       GRANTED, PARTIALLY_GRANTED, REJECTED or DISMISSED decision may be appealed by a party: a
 *       user of the applicant company (received today), or county staff registering an appeal
 *       received by letter or e-mail (on its received date, never in the future nor before the
 *       decision). The deadline is the decision's Europe/Oslo date + 3 weeks, last day inclusive
 *       ({@link no.biogrants.casework.appeal.AppealDeadline}: we do not know when the letter
 *       reached the party, and weekends and holidays do not move it). <b>CASE-A2</b> A late appeal
 *       is registered and flagged; the county then dismisses it as late or, with a reason,
 *       considers it anyway (fvl. § 31) before anything else. <b>CASE-A3</b> The case is APPEALED
 *       while the appeal is open; one open appeal at a time, each appeal its own row. An approver
 *       of the county reverses the decision (fvl. § 33), never the approver who made it; or the
 *       county forwards the appeal to the appeal body (klagenemnd) with its statement and records
 *       the body's outcome with its date and case number. Reversed or set aside: back to IN_REVIEW
 *       for a new recommendation and decision, and an appealed grant's open commitment is released
 *       in the same transaction. Upheld, dismissed as late or withdrawn: back to the decision's
 *       status, money untouched. Every step is audited on the application with the status and the
 *       appeal's stage before and after.
 * </ul>
 *
 * <p>Dependencies: grantapplication ← assessment ← casework ← payment. Casework uses
 * grantapplication, assessment, applicant, scheme, budget, attachment (it says who reads an
 * application's attachments, {@link no.biogrants.casework.ApplicationAttachments}) and document
 * (the letters' layout); nothing it uses depends on it. A feature above it adds to it through a
 * port casework owns: payment adds its lines to a case's audit trail as a {@link
 * no.biogrants.casework.CaseTrailPart}. Appeals are in {@code casework.appeal}, letters in {@code
 * casework.letter}.
 */
package no.biogrants.casework;
