package no.biogrants.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.Money;

/** One line of the county's case queue (read model). */
public record QueueRow(
    Long id,
    String reference,
    String companyName,
    String roundName,
    ApplicationStatus status,
    Money amountApplied,
    BigDecimal score,
    String assignee,
    Instant submittedAt)
    implements Serializable {}
