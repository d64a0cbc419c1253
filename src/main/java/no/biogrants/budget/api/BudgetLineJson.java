package no.biogrants.budget.api;

import java.math.BigDecimal;
import java.util.List;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.FundPurpose;

/**
 * A budget line as the API gives it; amounts are JSON numbers in NOK. The field names and their
 * order are part of the API's contract.
 */
public record BudgetLineJson(
    long id,
    String county,
    String countyName,
    int year,
    String name,
    String allocation,
    List<FundPurpose> purposes,
    boolean flexible,
    BigDecimal allocated,
    BigDecimal transferred,
    BigDecimal committed,
    BigDecimal disbursed,
    BigDecimal released,
    BigDecimal reclaimed,
    BigDecimal available) {

  static BudgetLineJson of(BudgetLine line, String countyName) {
    return new BudgetLineJson(
        line.getId(),
        line.getCountyCode(),
        countyName,
        line.getYear(),
        line.getName(),
        line.getAllocation().getName(),
        line.getAllocation().getPurposes().stream().sorted().toList(),
        line.getAllocation().isFlexible(),
        line.getAllocated().amount(),
        line.getTransferred().amount(),
        line.getCommitted().amount(),
        line.getDisbursed().amount(),
        line.getReleased().amount(),
        line.getReclaimed().amount(),
        line.getAvailable().amount());
  }
}
