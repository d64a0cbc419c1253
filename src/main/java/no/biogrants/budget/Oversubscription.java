package no.biogrants.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import no.biogrants.shared.Money;

/**
 * Applied for against money, for one budget line or one round (read model). Oversubscription =
 * applied ÷ money (allocated + transferred on the line), two decimals HALF_UP; null without money.
 */
public record Oversubscription(Long id, String name, String countyCode, Money money, Money applied)
    implements Serializable {

  public BigDecimal ratio() {
    return money.isPositive()
        ? applied.amount().divide(money.amount(), 2, RoundingMode.HALF_UP)
        : null;
  }
}
