package no.biogrants.grantapplication.api;

/** The applicant's answer to the open question (required, at most 4000 characters). */
public record AnswerJson(String answer) {}
