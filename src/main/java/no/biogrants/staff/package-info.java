/**
 * Staff management: the accounts admins make and look after in the pages (staff/accounts.xhtml,
 * staff/account.xhtml), and the first admin of an empty install.
 *
 * <ul>
 *   <li><b>STF-S1</b> who manages whom: a national admin (ADMIN without a county) manages every
 *       account, and makes each county's first admins; a county admin manages the accounts of the
 *       county's staff and the applicant accounts the county made. Anyone else's account is not
 *       found (404 on the page).
 *   <li><b>STF-S2</b> roles: staff have any mix of caseworker, approver, analyst and admin (at
 *       least one; four eyes still holds per case, whatever roles a person has). A county admin
 *       makes staff of their own county only; caseworkers and approvers always have a county,
 *       national accounts are analysts or admins. An applicant account has the applicant role alone
 *       and no county: a person who is both makes two accounts, so an applicant never reaches
 *       casework.
 *   <li><b>STF-S3</b> the last admin stays: nobody deactivates, or takes the admin role from, a
 *       county's last active admin or the last national admin, and no admin deactivates themselves.
 *       The scope's admins are locked in id order first, so two admins removing each other at the
 *       same moment are done one after the other (one is refused).
 *   <li><b>STF-S4</b> the form: username 3–80 letters, digits and {@code . _ - @} (the e-mail works
 *       well), unique and fixed once made; name (at most 120 characters) and a valid e-mail are
 *       required. Every broken rule is named next to its field at once; nothing is saved.
 *   <li><b>STF-S5</b> passwords: a new account, and a reset, get a temporary password (rule ID-I6)
 *       shown once to the admin, who hands it over (by phone or letter until e-mail invitations
 *       come); it works for 7 days and must be changed at the first login. Only its hash is stored;
 *       the audit trail records that it was set, never the password.
 *   <li><b>STF-S6</b> applicants by phone or letter: a county admin may make an applicant account
 *       and tie it to the registered company (of the county) it will represent, by org number; left
 *       empty, the applicant registers the company at the first login.
 *   <li><b>STF-S7</b> every change (made, edited with the roles before and after, deactivated,
 *       reactivated, password reset or changed) is audited on the account ({@code AppUser}) with
 *       who did it. A deactivated account cannot log in and its open sessions end at the next page;
 *       changed roles count from the next login.
 *   <li><b>STF-S8</b> the first admin: with demo data off, a start that finds no admin and {@code
 *       bio.bootstrap.admin} set to an e-mail makes that person the first national admin with a
 *       one-time password printed in the log (or the one in {@code bio.bootstrap.token}, for
 *       installs by script; then the log does not repeat it), valid 24 hours and changed at the
 *       first login. While it is unused, a start after it ran out prints a new one; once an admin
 *       exists who has chosen a password, the setting does nothing. Without the setting, a start
 *       with no admin says in the log how to make one. Two nodes starting at once make one admin
 *       (the username is unique; the other node logs that it did not).
 * </ul>
 *
 * <p>Dependencies: staff uses identity (accounts, passwords), applicant (the company an applicant
 * represents) and county (the county list of the form); nothing depends on staff.
 */
package no.biogrants.staff;
