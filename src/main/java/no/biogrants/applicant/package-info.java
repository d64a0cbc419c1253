/**
 * Applicant companies (søkere): the company register the applicants keep themselves, and who may
 * act for which company.
 *
 * <p>Use cases: register a company by its organisation number; keep its profile (name, legal form,
 * industry code, employees, business municipality, contact persons, bank account); add and remove
 * representatives; choose the company one works for now. Service: {@link
 * no.biogrants.applicant.CompanyRegistry} (actor-checked, audited); {@link
 * no.biogrants.applicant.Companies} is the unchecked lookup other features use after their own
 * checks.
 *
 * <ul>
 *   <li><b>COMP-C1</b> Organisation number: nine digits with the MOD11 check digit ({@link
 *       no.biogrants.shared.OrganisationNumber}); an invalid one is refused next to the field. It
 *       never changes.
 *   <li><b>COMP-C2</b> One company per organisation number: registering one that exists is refused
 *       with "ask one of its representatives to add you" (and a unique key backs it).
 *   <li><b>COMP-C3</b> Municipality gives the county: a four-digit municipality number
 *       (kommunenummer) whose first two digits are the county (3401 Kongsvinger → 34 Innlandet,
 *       0301 Oslo → 03). A number whose county is not in the county table is refused; the county is
 *       never typed (a CHECK constraint keeps county_code equal to the number's first two digits).
 *       Companies from before V020 have a municipality name only and are flagged until the next
 *       save gives the number. <i>Decision:</i> no municipality table: numbers change with every
 *       reform (2020, 2024), the county table already says which counties exist, and the name is
 *       stored as given; a Brønnøysund lookup can fill both later. So a well-formed number in a
 *       known county that no municipality has (e.g. 3499) is accepted.
 *   <li><b>COMP-C4</b> Legal form: a Brønnøysund code from {@link no.biogrants.applicant.LegalForm}
 *       with its bokmål label. Public-sector forms (STAT, KOMM, FYLK, SF, KF, FKF, IKS, ORGL, the
 *       same list as the eligibility gate) and ENK without employees are registrable but flagged
 *       ({@link no.biogrants.applicant.ProfileFlag}); the gates in {@code assessment} decide, from
 *       the code ({@code Company.getLegalForm()}) and the employees copied onto the application.
 *   <li><b>COMP-C5</b> NACE code (SN2007): two digits 01-99, optionally "." and one to three
 *       digits: "25", "25.1", "25.11", "25.110".
 *   <li><b>COMP-C6</b> Name 1-200 characters; employees 0-100 000; municipality name 1-80
 *       characters.
 *   <li><b>COMP-C7</b> Contact persons: at least one, at most ten, in the company's order; each
 *       with a name (≤ 120), an e-mail address (a sane check: no spaces, one @, a domain with a dot
 *       and a top-level label of two or more letters; ≤ 254) and optionally a phone (5-15 digits,
 *       spaces, hyphens and a leading + allowed).
 *   <li><b>COMP-C8</b> Bank account: eleven digits with the MOD11 check ({@link
 *       no.biogrants.shared.BankAccount}). Optional until a grant is accepted; once registered it
 *       may be changed, never removed (payments go to it).
 *   <li><b>COMP-C9</b> Representatives: the registering user becomes the first. A representative
 *       adds another active applicant user by username and removes one, never the last; one may
 *       remove oneself (and then no longer sees the company).
 *   <li><b>COMP-C10</b> A user sees and changes only the companies they represent; any other
 *       company, also by URL, answers 404 as if it did not exist.
 *   <li><b>COMP-C11</b> Every change is audited on the company with what it was before and after
 *       (registration: the whole profile; edits: each changed field), the contact persons only as
 *       their number and a fingerprint (personal data stays out of the append-only audit trail:
 *       rule PRIV-G3 of {@code no.biogrants.privacy}). A page showing an older version than the
 *       stored one saves nothing and says someone else changed the company; the version column
 *       ({@code @Version}) also stops two saves racing.
 *   <li><b>COMP-C12</b> Current company: the applicant's pages work on one company at a time,
 *       chosen on the start page and kept for the session (the one session-scoped choice besides
 *       the login), by default the first by name. The start page lists its applications; a new
 *       application is made for it.
 *   <li><b>COMP-C13</b> Name, org number, NACE code and employees are copied onto each application
 *       when it is created (a snapshot), so later changes to the profile do not rewrite history.
 *   <li>Every refusal names its field, so all broken rules are shown at once next to their fields;
 *       nothing is half-saved.
 * </ul>
 *
 * <p>Out of scope: fetching the profile from Brønnøysund (the register's API), bankruptcy and
 * winding-up flags, sub-units (underenheter), joint applications of several companies.
 */
package no.biogrants.applicant;
