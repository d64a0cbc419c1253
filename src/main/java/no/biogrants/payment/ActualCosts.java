package no.biogrants.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * The company's accumulated actual costs per cost category a–f (design §2) on a payment request,
 * and the documented eligible costs they give (rules PAY-P1–PAY-P3 of the package):
 *
 * <ul>
 *   <li>PAY-P1 every amount is zero or more and at most {@link #MAX_PER_CATEGORY}; a category left
 *       out counts as zero; at least one category must have costs;
 *   <li>PAY-P2 the participants' wages (f) count at most twice the training costs (a–e), the same ≤
 *       2/3 rule as in the plan: wages above that are not eligible and are left out;
 *   <li>PAY-P3 documented eligible costs = training costs + the eligible wages.
 * </ul>
 */
public record ActualCosts(Map<CostCategory, Money> amounts) {

  /** An amount above this per category is a typing error, not a cost. */
  public static final Money MAX_PER_CATEGORY = Money.ofKroner(1_000_000_000L);

  public ActualCosts {
    List<FieldViolation> violations = new ArrayList<>();
    EnumMap<CostCategory, Money> copy = new EnumMap<>(CostCategory.class);
    if (amounts != null) {
      amounts.forEach(
          (category, amount) -> {
            if (category == null || amount == null) {
              return;
            }
            if (amount.isNegative()) {
              violations.add(FieldViolation.of(field(category), "validation.amount.notNegative"));
            } else if (amount.isGreaterThan(MAX_PER_CATEGORY)) {
              violations.add(
                  FieldViolation.of(field(category), "payment.costTooLarge", MAX_PER_CATEGORY));
            } else {
              copy.put(category, amount);
            }
          });
    }
    if (violations.isEmpty() && copy.values().stream().noneMatch(Money::isPositive)) {
      violations.add(FieldViolation.of("actualCosts", "payment.costsRequired"));
    }
    InvalidInputException.throwIfAny(violations);
    amounts = Collections.unmodifiableMap(copy);
  }

  /** Costs in one category only (a request built by a test or an integration). */
  public static ActualCosts only(CostCategory category, Money amount) {
    return new ActualCosts(Map.of(category, amount));
  }

  /**
   * Actual costs at a share of the plan in every category (a company a share of the way through).
   */
  public static ActualCosts shareOf(CostPlan plan, Rate share) {
    Map<CostCategory, Money> amounts = new EnumMap<>(CostCategory.class);
    for (CostCategory category : CostCategory.values()) {
      amounts.put(category, plan.costsIn(category).times(share));
    }
    return new ActualCosts(amounts);
  }

  /** The field a category's amount is reported on, e.g. {@code actualCosts[TRAINERS]}. */
  public static String field(CostCategory category) {
    return "actualCosts[" + category.name() + "]";
  }

  public Money amount(CostCategory category) {
    return amounts.getOrDefault(category, Money.ZERO);
  }

  public Money total() {
    return amounts.values().stream().reduce(Money.ZERO, Money::plus);
  }

  /** Categories a–e. */
  public Money trainingCosts() {
    return amounts.entrySet().stream()
        .filter(e -> e.getKey().isTrainingCost())
        .map(Map.Entry::getValue)
        .reduce(Money.ZERO, Money::plus);
  }

  /** Category f as reported. */
  public Money wageCosts() {
    return amount(CostCategory.PARTICIPANT_WAGES);
  }

  /** PAY-P2: the wages that count, at most twice the training costs. */
  public Money eligibleWageCosts() {
    return wageCosts().min(trainingCosts().times(2));
  }

  /** PAY-P2: true when some of the wages were left out. */
  public boolean wagesCapped() {
    return eligibleWageCosts().isLessThan(wageCosts());
  }

  /** PAY-P3: what the payment is measured on. */
  public Money eligible() {
    return trainingCosts().plus(eligibleWageCosts());
  }
}
