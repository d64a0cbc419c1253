package no.biogrants.budget.web;

import java.io.Serializable;
import java.math.BigDecimal;
import no.biogrants.budget.FundPurpose;

/**
 * The admin's measure inputs on a flexible line: a new measure (purpose and name), or an amount to
 * commit to or pay out on a chosen measure.
 */
public class MeasureInput implements Serializable {

  private FundPurpose purpose = FundPurpose.UPPER_SECONDARY;
  private String name;
  private Long id;
  private BigDecimal amount;

  public FundPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(FundPurpose purpose) {
    this.purpose = purpose;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
