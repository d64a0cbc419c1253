package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A draft's new content, replacing the old (the cost plan too), with the {@code version} the caller
 * read: a draft saved by someone else since then is not overwritten (409).
 */
public record DraftChangeJson(
    Long version,
    String title,
    String description,
    String trainingPurpose,
    BigDecimal amountApplied,
    List<CostItemJson> costItems,
    DetailsJson details) {}
