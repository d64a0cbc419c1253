package no.biogrants.shared;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A rate or share (0.5 = 50 %), kept at full precision; rounding happens on the Money it scales.
 */
public record Rate(BigDecimal value) implements Serializable {

  public static final Rate ZERO = new Rate(BigDecimal.ZERO);

  public Rate {
    if (value == null) {
      throw new IllegalArgumentException("rate is null");
    }
  }

  public static Rate of(BigDecimal value) {
    return new Rate(value);
  }

  public static Rate percent(String percent) {
    return new Rate(new BigDecimal(percent).movePointLeft(2));
  }

  public BigDecimal percent() {
    return value.movePointRight(2);
  }

  public boolean isGreaterThan(Rate other) {
    return value.compareTo(other.value) > 0;
  }

  public boolean isLessThan(Rate other) {
    return value.compareTo(other.value) < 0;
  }
}
