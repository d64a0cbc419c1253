package no.biogrants.payment.web;

import java.io.Serializable;
import java.math.BigDecimal;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.shared.Money;

/**
 * One row of the payment request form: a cost category, its planned amount and the actual cost
 * typed.
 */
public class ActualCostInput implements Serializable {

  private final CostCategory category;
  private final Money planned;
  private BigDecimal actual;

  public ActualCostInput(CostCategory category, Money planned) {
    this.category = category;
    this.planned = planned;
  }

  public CostCategory getCategory() {
    return category;
  }

  public Money getPlanned() {
    return planned;
  }

  public BigDecimal getActual() {
    return actual;
  }

  public void setActual(BigDecimal actual) {
    this.actual = actual;
  }
}
