package no.biogrants.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.Money;

/**
 * One application on a round's ranking: its score, what it asked for, what it would get (the
 * recommendation, or the proposal of the what-if), the running total, and whether it is above the
 * funding line.
 */
public record RankedApplication(
    int rank,
    Long id,
    String reference,
    String companyName,
    BigDecimal score,
    ApplicationStatus status,
    Money applied,
    Money proposed,
    Money cumulative,
    boolean funded)
    implements Serializable {}
