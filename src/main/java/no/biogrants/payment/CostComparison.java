package no.biogrants.payment;

import java.util.Arrays;
import java.util.List;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.shared.Money;

/**
 * The planned costs of the grant beside the actual costs of a payment request, per category a–f,
 * with the totals and the documented eligible costs the payment is measured on (PAY-P2, PAY-P3).
 */
public record CostComparison(
    List<Row> rows, Money plannedTotal, Money actualTotal, Money eligible, boolean wagesCapped) {

  /** One category: what the plan said and what was reported. */
  public record Row(CostCategory category, Money planned, Money actual) {

    public Money difference() {
      return actual.minus(planned);
    }
  }

  public CostComparison {
    rows = List.copyOf(rows);
  }

  public static CostComparison of(CostPlan plan, ActualCosts actual) {
    List<Row> rows =
        Arrays.stream(CostCategory.values())
            .map(c -> new Row(c, plan.costsIn(c), actual.amount(c)))
            .toList();
    return new CostComparison(
        rows, plan.eligibleCosts(), actual.total(), actual.eligible(), actual.wagesCapped());
  }
}
