/**
 * The audit trail: every status change and every money movement writes one {@code audit_event}
 * (who, when, what, on which entity, details) in the same transaction as the change itself
 * (MANDATORY), so a change never commits without its audit line.
 *
 * <ul>
 *   <li><b>AUD-A1</b> a status change to S writes {@code STATUS_S} on ({@code GrantApplication},
 *       id); a ledger entry of type T writes {@code LEDGER_T} on ({@code BudgetLine}, line id) with
 *       details starting {@code entry <id>:}. So every {@code status_change} and every {@code
 *       ledger_entry} row has its audit line (AuditAppendOnlyIT walks a case from draft to closed).
 *   <li><b>AUD-A2</b> append-only. The application never updates or deletes {@code audit_event},
 *       {@code status_change} or {@code ledger_entry} rows (their columns are {@code updatable =
 *       false}), and on MariaDB the database refuses it too: triggers of sql/mariadb/V025 fail any
 *       UPDATE or DELETE with SQLSTATE 45000. How to take the rights away from the production user
 *       as well: config/README.md, "Audit is append-only".
 * </ul>
 *
 * <p>Dependencies: identity ← audit ← the features that change state. Audit uses identity's roles;
 * identity's API key changes reach it as {@code identity.ApiKeyChanged} events ({@link
 * no.biogrants.audit.ApiKeyAudit}).
 */
package no.biogrants.audit;
