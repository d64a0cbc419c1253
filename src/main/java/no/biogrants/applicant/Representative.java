package no.biogrants.applicant;

/** A user who may act for a company, as its profile page lists them. */
public record Representative(Long userId, String username, String displayName) {}
