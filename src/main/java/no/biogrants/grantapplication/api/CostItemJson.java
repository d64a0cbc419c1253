package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import no.biogrants.grantapplication.CostPlanLine;

/**
 * One line of the cost plan, in requests and answers alike: {@code category} is one of TRAINERS,
 * TRAVEL, MATERIALS, DEPRECIATION, ADVISORY (training costs a-e) or PARTICIPANT_WAGES (f); {@code
 * amount} in NOK with at most two decimals.
 */
public record CostItemJson(String category, String description, BigDecimal amount) {

  static CostItemJson of(CostPlanLine line) {
    return new CostItemJson(
        line.getCategory().name(), line.getDescription(), line.getAmount().amount());
  }
}
