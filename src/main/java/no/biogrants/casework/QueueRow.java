package no.biogrants.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import no.biogrants.grantapplication.ApplicationStatus;

/** One line of the county's case queue (read model). */
public record QueueRow(
    Long id,
    String reference,
    String companyName,
    String roundName,
    ApplicationStatus status,
    BigDecimal amountApplied,
    BigDecimal score,
    String assignee,
    Instant submittedAt)
    implements Serializable {}
