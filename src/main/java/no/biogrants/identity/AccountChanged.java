package no.biogrants.identity;

/**
 * Something changed on a user's account ({@code PASSWORD_CHANGED} by the person, or by staff
 * management: {@code USER_CREATED}, {@code USER_UPDATED}, {@code USER_DEACTIVATED}, {@code
 * USER_REACTIVATED}, {@code PASSWORD_RESET}, {@code FIRST_ADMIN_CREATED}): fired as a CDI event
 * inside the transaction of the change, so the audit trail records it there (audit observes it;
 * identity does not depend on audit). The details never hold a password.
 */
public record AccountChanged(String actor, String action, long userId, String details) {}
