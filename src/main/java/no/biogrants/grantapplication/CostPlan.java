package no.biogrants.grantapplication;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * The cost rules of the scheme over a list of cost items (design §2): eligible costs are the sum of
 * all lines; training costs (a-e) must be at least 1/3 of them, wage costs (f) at most 2/3.
 */
public record CostPlan(List<CostItem> items) {

  public CostPlan {
    items = List.copyOf(items);
  }

  public Money eligibleCosts() {
    return items.stream().map(CostItem::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The plan's costs in one category (several lines may share it). */
  public Money costsIn(CostCategory category) {
    return items.stream()
        .filter(i -> i.category() == category)
        .map(CostItem::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  public Money trainingCosts() {
    return items.stream()
        .filter(i -> i.category().isTrainingCost())
        .map(CostItem::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  public Money wageCosts() {
    return eligibleCosts().minus(trainingCosts());
  }

  /**
   * The rules broken, as message keys: no costs at all; training costs below 1/3 (equivalently,
   * wage costs above 2/3). Compared exactly: 3 × training ≥ eligible.
   */
  public List<String> brokenRules() {
    List<String> broken = new ArrayList<>();
    if (!eligibleCosts().isPositive()) {
      broken.add("rule.cost.noCosts");
      return broken;
    }
    if (trainingCosts().times(3).isLessThan(eligibleCosts())) {
      broken.add("rule.cost.trainingShareTooLow");
    }
    return broken;
  }

  public Rate trainingShare() {
    return trainingCosts().shareOf(eligibleCosts());
  }
}
