package no.biogrants.identity;

/**
 * A key was made ({@code API_KEY_CREATED}) or revoked ({@code API_KEY_REVOKED}): fired as a CDI
 * event inside the transaction that changes the key, so the audit trail records it there (audit
 * observes it; identity does not depend on audit).
 */
public record ApiKeyChanged(String actor, String action, long keyId, String label) {}
