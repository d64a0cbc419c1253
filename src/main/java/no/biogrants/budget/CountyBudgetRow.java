package no.biogrants.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import no.biogrants.shared.Money;

/**
 * One county's BIO money in a year (read model): the money on lines that may fund BIO (allocated +
 * transferred), what was applied for, committed and disbursed.
 */
public record CountyBudgetRow(
    String countyCode,
    String countyName,
    Money available,
    Money applied,
    Money committed,
    Money disbursed)
    implements Serializable {

  /**
   * Oversubscription = amount applied for ÷ money available for BIO, to two decimals (HALF_UP);
   * null when the county had no BIO money.
   */
  public BigDecimal oversubscription() {
    if (!available.isPositive()) {
      return null;
    }
    return applied.amount().divide(available.amount(), 2, RoundingMode.HALF_UP);
  }
}
