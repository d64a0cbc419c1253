package no.biogrants.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * Which of the county's cases the queue shows: free text on reference or company, status, round,
 * assignee, lowest score, amount applied between two figures, industry (the start of the NACE code,
 * e.g. "25" or "25.1") and submission date between two days (both included). Null means "any".
 * Saved by caseworkers as named filters.
 */
public record QueueFilter(
    String text,
    ApplicationStatus status,
    Long roundId,
    String assignee,
    BigDecimal minScore,
    Money minAmount,
    Money maxAmount,
    String industry,
    LocalDate submittedFrom,
    LocalDate submittedTo)
    implements Serializable {

  public static final QueueFilter NONE =
      new QueueFilter(null, null, null, null, null, null, null, null, null, null);

  public QueueFilter {
    text = blankToNull(text);
    assignee = blankToNull(assignee);
    industry = blankToNull(industry);
    if (industry != null && !industry.matches("[0-9.]{1,10}")) {
      throw new InvalidInputException("queue.industryInvalid");
    }
    if (minAmount != null && maxAmount != null && minAmount.isGreaterThan(maxAmount)) {
      throw new InvalidInputException("queue.amountRange");
    }
    if (submittedFrom != null && submittedTo != null && submittedFrom.isAfter(submittedTo)) {
      throw new InvalidInputException("queue.dateRange");
    }
    minScore = minScore == null ? null : minScore.setScale(2, RoundingMode.HALF_UP);
    if (minScore != null
        && (minScore.signum() < 0 || minScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new InvalidInputException("queue.scoreRange");
    }
  }

  public static QueueFilter ofStatus(ApplicationStatus status) {
    return NONE.withStatus(status);
  }

  public QueueFilter withStatus(ApplicationStatus chosen) {
    return new QueueFilter(
        text,
        chosen,
        roundId,
        assignee,
        minScore,
        minAmount,
        maxAmount,
        industry,
        submittedFrom,
        submittedTo);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
