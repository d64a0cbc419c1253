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
 *   <li>API keys ({@link no.biogrants.identity.ApiKeys}): applicants and analysts make their own on
 *       the page account/api-keys.xhtml, with a label (required, at most 120 characters). A key is
 *       32 random bytes (SecureRandom), base64url; only its SHA-256 hash is stored, so it is shown
 *       once. A user lists and revokes only their own keys; a revoked key stops working at once.
 *       Made and revoked keys are audited.
 * </ul>
 */
package no.biogrants.identity;
