/**
 * Users, roles and login.
 *
 * <ul>
 *   <li>Roles: APPLICANT, CASEWORKER, APPROVER, ANALYST, ADMIN. Each has its own start page ({@link
 *       no.biogrants.identity.Role#startPage()}); web.xml guards each page folder (one per feature)
 *       for its main audience and names the pages of a folder that are for another audience
 *       exactly, so a page of another role answers 403.
 *   <li>Passwords are stored only as PBKDF2-HMAC-SHA256 hashes (210 000 iterations, 32-byte salt),
 *       checked by {@link no.biogrants.identity.UserIdentityStore} through Jakarta Security.
 *   <li>County staff and county analysts have a county; a user without one is national.
 *   <li>A failed login says only "wrong username or password", never which one was wrong; an
 *       unknown username takes as long to refuse as a wrong password.
 *   <li><b>ID-I1</b> session: a new session id at every login (no session fixation); sessions end
 *       after 30 idle minutes (web.xml); the cookie is HttpOnly and the only session tracking.
 *   <li><b>ID-I2</b> login throttling ({@link no.biogrants.identity.LoginThrottle}), so that nobody
 *       can lock another user out (OWASP Authentication Cheat Sheet): 5 failed logins for a
 *       username from one address within 15 minutes lock that username <em>from that address</em>
 *       for 15 minutes; 20 from one address lock the address; from the 10th failure for a username
 *       from all addresses together, each further try waits 1, 2, 4, … up to 30 seconds after the
 *       last failure. The messages are the same whether the user exists or not; while a try waits,
 *       the password is not checked. A success clears the username's count, and the user is told on
 *       the start page how many failures there were since the last login, the last when and from
 *       which address (by e-mail once there is e-mail).
 *   <li><b>ID-I3</b> password policy ({@link no.biogrants.identity.PasswordPolicy}): at least 12
 *       and at most 200 characters, not the username, not a common password; applied wherever a
 *       person sets a password ({@link no.biogrants.identity.PasswordChange}, {@link
 *       no.biogrants.identity.Users#create}). The demo users' known password is exempt.
 *   <li><b>ID-I6</b> temporary passwords ({@link no.biogrants.identity.TemporaryPasswords}): an
 *       admin's new account or reset (package staff), and the first admin of an empty install, get
 *       a random one (16 characters that cannot be mistaken for each other, about 79 bits), valid 7
 *       days (the first admin's 24 hours). After it runs out it does not log in, and the login page
 *       says so to whoever typed it right. While a person has one, every page leads to the password
 *       page ({@link no.biogrants.identity.web.AccountStateFilter}) until they have chosen their
 *       own: the current one, the new one twice, keeping ID-I3 and differing from the current;
 *       every change is audited ({@link no.biogrants.identity.AccountChanged}).
 *   <li><b>ID-I7</b> the account's state counts at once: the filter reads the account at every
 *       page, so a deactivated person's session ends at their next click, on every node.
 *   <li>API keys ({@link no.biogrants.identity.ApiKeys}): applicants and analysts make their own on
 *       the page identity/api-keys.xhtml, with a label (required, at most 120 characters). A key is
 *       32 random bytes (SecureRandom), base64url; only its SHA-256 hash is stored, so it is shown
 *       once. A user lists and revokes only their own keys; a revoked key stops working at once.
 *       Made and revoked keys are audited.
 *   <li><b>ID-I4</b> API key throttling ({@link no.biogrants.identity.ApiKeyThrottle}): 10 invalid
 *       keys from one address within 15 minutes lock the address out of the API for 15 minutes
 *       (429).
 *   <li><b>ID-I5</b> services' roles: every service (stateless bean) says on its class, or on a
 *       method, which roles may call it ({@code @RolesAllowed}); the container refuses anyone else,
 *       whatever {@link no.biogrants.identity.Actor} the calling code hands over, and the caller
 *       gets "no access" (403 in the API, a message on the page). So a page or API call that
 *       forgets its own check still cannot read reports as an applicant or decide as a caseworker.
 *       The services also check the actor's county and company themselves. The container knows the
 *       caller for pages (the form login) and for the API (its bearer key, {@link
 *       no.biogrants.identity.ApiKeyAuthentication}: per request, no session), chosen by {@link
 *       no.biogrants.identity.AuthenticationMechanisms}. Roles map to the login's groups of the
 *       same name (WEB-INF/glassfish-web.xml). The application's own work that no person starts
 *       (the demo data at startup) runs as SYSTEM, a role no user can have (not a {@link
 *       no.biogrants.identity.Role}); the few calls made while logging in ({@code
 *       Users.byUsername}, {@code byApiKey}, {@code verify}, {@code verifyNobody}, {@code
 *       temporaryPasswordExpired}) are open ({@code @PermitAll}). {@code ServiceRolesTest} checks
 *       every service method says so; {@code ServiceRolesIT} that a forged actor is refused.
 *   <li>The throttles count in memory ({@link no.biogrants.identity.FailureThrottle}): the
 *       application runs on one node, and a restart forgetting the counts only gives a guesser a
 *       fresh 5 tries. On several nodes each counts alone (at most n times the limit); move the
 *       counts to a database table before clustering. Behind a reverse proxy the address is the
 *       proxy's unless the container is told the client's address.
 * </ul>
 *
 * <p>Dependencies: shared ← infrastructure ← identity ← audit, county, scheme and every feature
 * with users. {@code identity.api} holds the REST API's key filter, {@code ApiCaller} and {@code
 * ApiRoles}. A key made or revoked is announced as an {@link no.biogrants.identity.ApiKeyChanged}
 * event that audit records, so identity uses neither audit nor budget (the ledger check on the
 * admin's start page is {@code budget.web.LedgerCheckPanel}).
 */
package no.biogrants.identity;
