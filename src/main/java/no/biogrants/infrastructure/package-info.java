/**
 * Plumbing: the data source (from MicroProfile Config), schema migration at startup (Flyway over
 * sql/, plus sql/mariadb/ on MariaDB), readiness (database reachable and migrated), and the Faces
 * helpers in {@code web}: messages from the resource bundle, Norwegian formats, the language switch
 * and the handling of refused actions (a message next to the field, also in a table's row, never a
 * stack trace; PrimeFaces' number input refuses text that is not a number the same way); and in
 * {@code api} the REST API's plumbing: the key filter (401 without a valid key, 403 for a key of a
 * role the resource is not for, {@link no.biogrants.identity.api.ApiRoles}, 429 after repeated
 * invalid keys), the JSON error answers (400 with every field error, 403, 404, 409) and the OpenAPI
 * definition and filter.
 *
 * <p>Requests and their protection:
 *
 * <ul>
 *   <li><b>INF-W1</b> CSRF: every state change is a Faces POST, and Faces runs no action without
 *       the view's ViewState (server-side state: an unguessable id kept in the user's session),
 *       which another site cannot know; a post without it, or with a made-up one, changes nothing.
 *       No GET page changes state: view actions and download servlets only read (a download of a
 *       letter, attachment or payment file is recorded in the audit trail, and a letter is stored
 *       the first time it is read, the same letter whoever asks). So no {@code protected-views} are
 *       needed; a GET page that changes state would need one.
 *   <li><b>INF-W2</b> the REST API authenticates only by its Bearer header, never by the session
 *       cookie, so a browser's session cannot be used against it from another site.
 *   <li><b>INF-W3</b> security headers on every response ({@link
 *       no.biogrants.infrastructure.web.SecurityHeadersFilter}): a Content-Security-Policy with
 *       scripts only from this site plus the page's nonce (PrimeFaces' CSP mode; no 'unsafe-inline'
 *       or 'unsafe-eval' for scripts, inline styles allowed), no framing, nosniff, Referrer-Policy
 *       same-origin, HSTS when the request came over HTTPS.
 *   <li><b>INF-W4</b> a Faces postback only by POST ({@link
 *       no.biogrants.infrastructure.web.FacesPostbackFilter}): a GET (or any other method) that
 *       carries a ViewState is answered 405 with the application's error page, before Faces runs
 *       anything, so a link can never save a form.
 *   <li><b>INF-W5</b> the session cookie is HttpOnly and {@code SameSite=Lax}, and {@code Secure}
 *       with {@code bio.session.secure-cookie=true} (production behind TLS; {@link
 *       no.biogrants.infrastructure.web.SessionCookieSettings}); everything a logged-in user or an
 *       API key is answered, but static resources, carries {@code Cache-Control: no-store}.
 *   <li><b>INF-W6</b> no API body above 1 MB is read or parsed ({@link
 *       no.biogrants.infrastructure.api.ApiBodyLimitFilter}): 413 with the API's JSON error, by its
 *       {@code Content-Length} at once, or as soon as a body without one goes past the limit.
 *   <li><b>INF-W7</b> every bad request gets the application's own page with its status: 400 (a
 *       download without its parameter), 403, 404 (also an id that is not a number, {@link
 *       no.biogrants.infrastructure.web.Pages#idOf}), 405 (INF-W4), 500 (web.xml error pages); the
 *       API answers JSON (413: INF-W6). A postback without the CSP nonce of the page it came from
 *       is answered 400 before anything is applied or run ({@link
 *       no.biogrants.infrastructure.web.CspNonceCheck}), not a bare 500 after its action.
 *   <li><b>INF-W8</b> free text without invisible characters ({@link
 *       no.biogrants.shared.FreeText}): bidirectional overrides (U+202E), zero-width and other
 *       format characters and control characters but tab and line breaks are removed from every
 *       text a page posts ({@link no.biogrants.infrastructure.web.FreeTextConverter}, for every
 *       String input but passwords) and from the application's texts in the domain (title,
 *       description, training plan, de minimis grantor), so the API's texts are cleaned alike; a
 *       title cannot read "…exe.pdf" on the case page or in a letter.
 * </ul>
 *
 * <p>Dependencies: shared ← infrastructure ← identity ← the features. Infrastructure uses shared
 * only (a refusal is {@code shared.AccessDeniedException}); who an API call acts as and which roles
 * a resource is for are identity's ({@code identity.api}).
 */
package no.biogrants.infrastructure;
