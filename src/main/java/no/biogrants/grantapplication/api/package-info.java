/**
 * The applicant's REST API: the same actions as the application pages (write and change a draft,
 * submit, withdraw, follow the status, answer the caseworker's questions) for the applicant's own
 * tools, under {@code /api/v1/applications}, documented in the OpenAPI document at {@code
 * /openapi}.
 *
 * <ul>
 *   <li><b>API-A1</b> Authentication: {@code Authorization: Bearer <key>} with a personal API key
 *       the user made (and can revoke) on the page "API-nøkler"; only its SHA-256 hash is stored.
 *       No valid, unrevoked key of an active user: 401 with {@code WWW-Authenticate: Bearer}. Only
 *       an applicant's key reaches these calls, and an applicant's key reaches no other (403).
 *   <li><b>API-A2</b> Access: every call goes through the services' own checks on the key's user
 *       ({@code Applications.own}, {@code mine}, {@code InfoRequestAnswers.requestsFor}/{@code
 *       answer}): only applications of companies the user represents. Another company's application
 *       answers 403, exactly as an id that does not exist, so the API never tells whether it
 *       exists; an id that is not a number 404.
 *   <li><b>API-A3</b> Rules and messages: the domain's own rules and bundle texts, the same as on
 *       the pages. Invalid input or a broken rule answers 400 {@code {status, message, errors:
 *       [{field, message}]}} with every error at once, each with its field where known ({@code
 *       title}, {@code costItems[1].amount}, {@code amountApplied}; null when about the whole
 *       request); {@code message} repeats the first. Submitting lists every broken rule.
 *   <li><b>API-A4</b> Versions: every answer about one application carries its {@code version}; a
 *       change (PUT) must send the version it read. Stale (someone saved in between) or changed at
 *       the same moment: 409, nothing saved. Every save raises the version.
 *   <li><b>API-A5</b> Money: amounts are JSON numbers in NOK with two decimals ({@code 150000.00}),
 *       never rounded: a request amount with more than two decimals is refused (400).
 *   <li><b>API-A6</b> Dates: instants ISO-8601 in UTC ({@code 2026-03-01T09:15:00Z}), days
 *       YYYY-MM-DD. A field without a value (a draft's reference, an open question's answer) is
 *       left out of the answer, except an error's {@code field}, which is then null.
 *   <li><b>API-A7</b> Language: messages in bokmål; English when Accept-Language prefers {@code
 *       en}.
 *   <li><b>API-A8</b> Versioning: the path carries the major version ({@code /v1}); fields may be
 *       added to answers within v1, never removed or renamed; a client ignores fields it does not
 *       know, and the server ignores unknown request fields.
 * </ul>
 *
 * <p>Out of scope: attachments, the decision, acceptance, payments and appeals (pages only).
 */
package no.biogrants.grantapplication.api;
