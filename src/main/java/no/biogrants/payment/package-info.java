/**
 * Payments of a grant: payment requests (utbetalingsanmodninger), the final report (sluttrapport),
 * payment files and reclaims (tilbakebetaling).
 *
 * <ul>
 *   <li>The company asks for payments once it has accepted the grant (ACCEPTED, IN_PROGRESS); each
 *       request carries the accumulated actual costs per cost category a–f, shown beside the plan
 *       ({@link no.biogrants.payment.ActualCosts}, {@link no.biogrants.payment.CostComparison}):
 *       <b>PAY-P1</b> every amount zero or more and at most 1 000 000 000 kr, at least one above
 *       zero; <b>PAY-P2</b> participants' wages (f) count at most twice the training costs (a–e),
 *       the plan's ≤ 2/3 rule, the excess is left out and the form says so; <b>PAY-P3</b> the
 *       documented eligible costs the payment is measured on = training costs + the wages that
 *       count. One request is handled at a time. The final request carries the final report
 *       (participants, training hours, text, the auditor's attestation) and moves the case to
 *       FINAL_REPORTED; a rejected final request may be sent again. A final report missing its
 *       text, participants or hours is refused with each problem next to its field.
 *   <li>Arithmetic ({@link no.biogrants.payment.PaymentRules}), to the øre, HALF_UP: earned = grant
 *       × documented ÷ planned eligible costs, never above the grant (same rate when costs fall
 *       short). Part payments bring the total paid up to min(earned, grant × the scheme's part
 *       share). The final payment is earned − paid, so payments sum exactly to the final grant; the
 *       commitment above it is released. If more was paid than earned, the final request cannot be
 *       approved: the difference must be reclaimed.
 *   <li>A final report for a grant above the scheme's attestation threshold (default 200 000 kr)
 *       needs the auditor's attestation, or it cannot be approved.
 *   <li>A caseworker or approver of the county who declared themselves impartial approves. A
 *       payment above the scheme's four-eyes limit (default 100 000 kr) needs a second approval by
 *       an approver who is not the first. The approval books the DISBURSEMENT on the decision's
 *       budget line in the same transaction; the first payment moves the case to IN_PROGRESS.
 *   <li>Two approvers at the same moment: the application row is locked first, so the second sees
 *       the request already handled; a stale page (version) gets the conflict message.
 *   <li>Payment files ({@link no.biogrants.payment.PaymentFile}): all the county's paid, not yet
 *       exported payments go into a numbered batch, each payment into exactly one; a batch can be
 *       downloaded again with the same content. CSV, UTF-8, semicolon, amounts with a decimal
 *       point.
 *   <li>Reclaim: an approver claims back part or all of what was paid, with a reason; the RECLAIM
 *       entry returns it to the line, the rest of the commitment is released and the case becomes
 *       RECLAIMED. Closing needs the final payment made (or a reclaim) and nothing left committed.
 * </ul>
 *
 * <p>Dependencies: grantapplication ← assessment ← casework ← payment. Payment uses casework (the
 * decision it pays) and adds the events on its payment requests to a case's audit trail itself
 * ({@link no.biogrants.payment.PaymentTrail}, a {@code casework.CaseTrailPart}); casework does not
 * use payment.
 */
package no.biogrants.payment;
