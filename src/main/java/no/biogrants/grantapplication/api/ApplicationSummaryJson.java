package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.util.Locale;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.infrastructure.web.Messages;

/**
 * An application in the list: {@code reference} is null for a draft, {@code statusText} the status
 * in the caller's language, {@code submittedAt} ISO-8601 UTC (null for a draft).
 */
public record ApplicationSummaryJson(
    long id,
    String reference,
    String title,
    CompanyJson company,
    ApplicationStatus status,
    String statusText,
    BigDecimal amountApplied,
    long version,
    String submittedAt) {

  static ApplicationSummaryJson of(GrantApplication application, Locale locale) {
    return new ApplicationSummaryJson(
        application.getId(),
        application.getReference(),
        application.getTitle(),
        CompanyJson.of(application),
        application.getStatus(),
        Messages.text(locale, "ApplicationStatus." + application.getStatus().name()),
        application.getAmountApplied().amount(),
        application.getVersion(),
        application.getSubmittedAt() == null ? null : application.getSubmittedAt().toString());
  }
}
