package no.biogrants.grantapplication.web;

import java.io.Serializable;
import java.math.BigDecimal;
import no.biogrants.grantapplication.CostCategory;

/** One editable row of the cost plan on the form. */
public class CostLineInput implements Serializable {

  private CostCategory category;
  private String description;
  private BigDecimal amount;

  public CostLineInput() {}

  public CostLineInput(CostCategory category, String description, BigDecimal amount) {
    this.category = category;
    this.description = description;
    this.amount = amount;
  }

  public CostCategory getCategory() {
    return category;
  }

  public void setCategory(CostCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Nothing typed yet (a preset category alone does not count): the row is left out when saving.
   */
  boolean isBlank() {
    return (description == null || description.isBlank()) && amount == null;
  }
}
