package no.biogrants.assessment;

import java.io.Serializable;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * A what-if on a ranking: more (or less) money than the line has, and funding every application not
 * yet recommended at a percentage of its request. Changes nothing until confirmed.
 */
public record WhatIf(Money extraMoney, int percent) implements Serializable {

  public static final WhatIf NONE = new WhatIf(Money.ZERO, 100);

  public WhatIf {
    extraMoney = extraMoney == null ? Money.ZERO : extraMoney;
    if (percent < 1 || percent > 100) {
      throw new InvalidInputException("validation.whatIf.percent");
    }
  }
}
