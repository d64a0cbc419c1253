package no.biogrants.grantapplication.web;

import java.io.Serializable;
import java.math.BigDecimal;
import no.biogrants.grantapplication.DeMinimisAid;
import no.biogrants.shared.Money;

/** One editable row of earlier de minimis aid on the form. */
public class AidLineInput implements Serializable {

  private Integer fiscalYear;
  private String grantor;
  private BigDecimal amount;

  public AidLineInput() {}

  AidLineInput(DeMinimisAid aid) {
    fiscalYear = aid.fiscalYear();
    grantor = aid.grantor();
    amount = aid.amount().amount();
  }

  boolean isBlank() {
    return fiscalYear == null && (grantor == null || grantor.isBlank()) && amount == null;
  }

  DeMinimisAid aid() {
    return new DeMinimisAid(
        fiscalYear == null ? 0 : fiscalYear, grantor, amount == null ? null : Money.of(amount));
  }

  public Integer getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(Integer fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public String getGrantor() {
    return grantor;
  }

  public void setGrantor(String grantor) {
    this.grantor = grantor;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
