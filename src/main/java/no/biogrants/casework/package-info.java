/**
 * Casework: the county's queue and the decision (vedtak).
 *
 * <ul>
 *   <li>The queue shows a county's applications (never drafts) to its caseworkers and approvers,
 *       paged, filtered and sorted in the database.
 *   <li>Only an approver of the application's county decides, only a RECOMMENDED application, and
 *       never one they recommended themselves (four eyes, message {@code decision.fourEyes}).
 *   <li>A decision needs written reasons. A grant of the recommended amount below the amount
 *       applied for is PARTIALLY_GRANTED.
 *   <li>A grant books a COMMITMENT on the recommended budget line in the same transaction; a line
 *       that cannot carry it refuses the whole decision with its figures.
 *   <li>The application row is locked before the status is checked, so a second approver cannot
 *       grant the same application twice.
 * </ul>
 */
package no.biogrants.casework;
