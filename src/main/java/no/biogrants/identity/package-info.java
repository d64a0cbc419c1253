/**
 * Users, roles and login.
 *
 * <ul>
 *   <li>Roles: APPLICANT, CASEWORKER, APPROVER, ANALYST, ADMIN. Each has its own start page
 *       ({@link no.biogrants.identity.Role#startPage()}); the folders of pages are guarded in
 *       web.xml, so a page of another role answers 403.
 *   <li>Passwords are stored only as PBKDF2-HMAC-SHA256 hashes (210 000 iterations, 32-byte salt),
 *       checked by {@link no.biogrants.identity.UserIdentityStore} through Jakarta Security.
 *   <li>County staff and county analysts have a county; a user without one is national.
 *   <li>A failed login says only "wrong username or password", never which one was wrong.
 * </ul>
 */
package no.biogrants.identity;
