/**
 * Appeals (klage, fvl. §§ 28-34) against a decision: registering one, the late-appeal question,
 * reversal by the county, forwarding to the appeal body and its outcome, withdrawal ({@link
 * no.biogrants.casework.appeal.Appeals}, one {@link no.biogrants.casework.appeal.Appeal} row per
 * appeal). The pages are in {@code casework.web}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Appeals ({@link no.biogrants.casework.appeal.Appeals}, fvl. §§ 28-34): a GRANTED,
 *       PARTIALLY_GRANTED, REJECTED or DISMISSED decision may be appealed by a party: a user of the
 *       applicant company (received today), or county staff registering an appeal received by
 *       letter or e-mail (on its received date, never in the future nor before the decision). The
 *       deadline is the decision's Europe/Oslo date + 3 weeks, last day inclusive ({@link
 *       no.biogrants.casework.appeal.AppealDeadline}: we do not know when the letter reached the
 *       party, and weekends and holidays do not move it). A late appeal is registered and flagged;
 *       the county then dismisses it as late or, with a reason, considers it anyway (fvl. § 31)
 *       before anything else. The case is APPEALED while the appeal is open; one open appeal at a
 *       time, each appeal its own row. An approver of the county reverses the decision (fvl. § 33),
 *       never the approver who made it; or the county forwards the appeal to the appeal body
 *       (klagenemnd) with its statement and records the body's outcome with its date and case
 *       number. Reversed or set aside: back to IN_REVIEW for a new recommendation and decision, and
 *       an appealed grant's open commitment is released in the same transaction. Upheld, dismissed
 *       as late or withdrawn: back to the decision's status, money untouched. Every step is audited
 *       on the application with the status and the appeal's stage before and after.
 * </ul>
 *
 * <p>Dependencies: an appeal is against a casework {@code Decision}, so this package uses {@code
 * casework} and nothing in {@code casework} outside its pages uses it (casework ← casework.appeal ←
 * casework.web); attachments of an appeal go through the attachment package's owner port ({@code
 * attachment.AttachmentOwners}).
 *
 * <p>Out of scope: the appeal body's own casework (it records only the body's outcome).
 */
package no.biogrants.casework.appeal;
