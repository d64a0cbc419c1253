package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new draft: the company (one the caller represents), an open round of the company's county and
 * the content. {@code trainingPurpose} is one of DIGITAL, GREEN_TRANSITION,
 * PRODUCTION_RESTRUCTURING, NEW_MARKETS, HEALTH_SAFETY, LANGUAGE, OTHER; amounts in NOK with at
 * most two decimals.
 */
public record NewDraftJson(
    Long companyId,
    Long roundId,
    String title,
    String description,
    String trainingPurpose,
    BigDecimal amountApplied,
    List<CostItemJson> costItems,
    DetailsJson details) {}
