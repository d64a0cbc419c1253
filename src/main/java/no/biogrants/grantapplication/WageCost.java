package no.biogrants.grantapplication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.biogrants.shared.Money;

/**
 * Participants' wage cost for training hours (cost category f): hours × hourly rate, the hourly
 * rate being the annual salary × the scheme's factor (0.83 ‰ by default), never above the scheme's
 * cap. To the øre, HALF_UP.
 */
public final class WageCost {

  private WageCost() {}

  public static Money hourlyRate(Money annualSalary, BigDecimal factor, Money cap) {
    Money rate =
        Money.of(
            annualSalary.amount().multiply(factor).setScale(Money.SCALE, RoundingMode.HALF_UP));
    return rate.min(cap);
  }

  public static Money of(int hours, Money annualSalary, BigDecimal factor, Money cap) {
    return hourlyRate(annualSalary, factor, cap).times(hours);
  }
}
