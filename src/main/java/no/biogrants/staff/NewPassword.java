package no.biogrants.staff;

import java.time.Instant;

/**
 * A temporary password just made for an account (STF-S5): shown once to the admin, who hands it to
 * the person; it works until {@code validUntil} and must be changed at the first login.
 */
public record NewPassword(long userId, String username, String password, Instant validUntil) {}
