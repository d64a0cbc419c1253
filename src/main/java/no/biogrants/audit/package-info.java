/**
 * The audit trail: every status change and every money movement writes one {@code audit_event}
 * (who, when, what, on which entity, details) in the same transaction as the change itself
 * (MANDATORY), so a change never commits without its audit line. Rows are never updated or
 * deleted by the application.
 */
package no.biogrants.audit;
