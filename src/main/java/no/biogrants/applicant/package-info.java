/**
 * Applicant companies (søkere).
 *
 * <ul>
 *   <li>A company is identified by a MOD11-valid organisation number; an invalid number is refused.
 *   <li>Its business municipality gives the county it may apply to.
 *   <li>Several users may act for one company, and one user for several companies; a user sees and
 *       acts only on the applications of the companies they represent.
 *   <li>Name, org number, NACE code and employees are copied onto each application when it is
 *       created (a snapshot), so later changes to the company do not rewrite history.
 * </ul>
 */
package no.biogrants.applicant;
