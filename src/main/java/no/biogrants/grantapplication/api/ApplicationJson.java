package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.infrastructure.api.ApiFieldError;
import no.biogrants.infrastructure.web.Messages;

/**
 * One application with its cost plan, what the rules make of it (eligible costs, the maximum grant
 * and, for a draft, every rule that stops it from being submitted, with its message) and its
 * history. {@code version} must be sent back with a change. The content fields have the names a
 * draft is written with, so an answer can be changed and sent back as it is.
 */
public record ApplicationJson(
    long id,
    String reference,
    CompanyJson company,
    RoundJson round,
    ApplicationStatus status,
    String statusText,
    String title,
    String description,
    TrainingPurpose trainingPurpose,
    BigDecimal amountApplied,
    List<CostItemJson> costItems,
    DetailsJson details,
    BigDecimal eligibleCosts,
    BigDecimal maximumGrant,
    List<ApiFieldError> brokenRules,
    List<StatusChangeJson> history,
    long version,
    String createdAt,
    String submittedAt) {

  static ApplicationJson of(GrantApplication application, Locale locale) {
    List<ApiFieldError> broken =
        application.getStatus() != ApplicationStatus.DRAFT
            ? List.of()
            : application.brokenRules().stream()
                .map(
                    v ->
                        new ApiFieldError(
                            v.field(),
                            Messages.text(locale, v.messageKey(), v.arguments().toArray())))
                .toList();
    return new ApplicationJson(
        application.getId(),
        application.getReference(),
        CompanyJson.of(application),
        RoundJson.of(application.getRound()),
        application.getStatus(),
        Messages.text(locale, "ApplicationStatus." + application.getStatus().name()),
        application.getTitle(),
        application.getDescription(),
        application.getTrainingPurpose(),
        application.getAmountApplied().amount(),
        application.getCostPlanLines().stream().map(CostItemJson::of).toList(),
        DetailsJson.of(application.details()),
        application.costPlan().eligibleCosts().amount(),
        application.maximumGrant().amount(),
        broken,
        application.getHistory().stream().map(StatusChangeJson::of).toList(),
        application.getVersion(),
        application.getCreatedAt().toString(),
        application.getSubmittedAt() == null ? null : application.getSubmittedAt().toString());
  }
}
