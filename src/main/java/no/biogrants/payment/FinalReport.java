package no.biogrants.payment;

/**
 * The final report (sluttrapport) sent with the final payment request: how many took part, the
 * training hours, what was done, and the auditor's attestation of the accounts when required.
 */
public record FinalReport(
    int participants,
    int trainingHours,
    String text,
    boolean auditorAttested,
    String auditorName) {}
