package no.biogrants.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Norwegian kroner, always at scale 2 (øre). Immutable; never built from a double.
 *
 * <p>Rounding happens only where a rule names it: {@link #ROUNDING} (HALF_UP) for payments and
 * shares, {@link #roundDownToWholeKroner()} for granted amounts (a grant never exceeds the rate).
 */
public final class Money implements Comparable<Money>, Serializable {

  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount.setScale(SCALE, ROUNDING);
  }

  /**
   * The largest amount anyone may give (one thousand billion kroner, more than a state budget):
   * above it a value is a typing error or an attack, and it could not be stored.
   */
  public static final BigDecimal MAX_GIVEN = new BigDecimal("1000000000000");

  /**
   * An amount given to the øre; more decimals than two are refused rather than rounded silently,
   * and so is an amount beyond {@link #MAX_GIVEN} either way.
   */
  public static Money of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.abs().compareTo(MAX_GIVEN) > 0) {
      throw new InvalidInputException("validation.amount.tooLarge", new Money(MAX_GIVEN));
    }
    if (amount.stripTrailingZeros().scale() > SCALE) {
      throw new InvalidInputException("validation.amount.decimals", amount.toPlainString());
    }
    return new Money(amount);
  }

  public static Money of(String amount) {
    return of(new BigDecimal(amount));
  }

  /** A sum or amount as a native query returns it (a BigDecimal, or another number type). */
  public static Money fromSql(Object value) {
    if (value == null) {
      return ZERO;
    }
    BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return new Money(amount);
  }

  public static Money ofKroner(long kroner) {
    return new Money(BigDecimal.valueOf(kroner));
  }

  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money abs() {
    return new Money(amount.abs());
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  /** This amount times a rate, rounded to the øre with {@link #ROUNDING}. */
  public Money times(Rate rate) {
    return new Money(amount.multiply(rate.value()).setScale(SCALE, ROUNDING));
  }

  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /** Whole kroner, rounded down: the rule for granted amounts. */
  public Money roundDownToWholeKroner() {
    return new Money(amount.setScale(0, RoundingMode.DOWN));
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public boolean isEqualTo(Money other) {
    return compareTo(other) == 0;
  }

  /** The share this amount is of {@code whole}, as a rate (0 when the whole is zero). */
  public Rate shareOf(Money whole) {
    if (whole.isZero()) {
      return Rate.ZERO;
    }
    return Rate.of(amount.divide(whole.amount, 10, RoundingMode.HALF_EVEN));
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  /** Plain form, e.g. {@code 1234567.50}; for display use {@link MoneyFormat}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
