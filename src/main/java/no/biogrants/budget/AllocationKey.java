package no.biogrants.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.shared.Money;

/**
 * The allocation key: splits an amount between counties in proportion to weights (inhabitants), in
 * whole units (1000 NOK by default), so that the parts always sum exactly to the amount. Where the
 * rounding remainder goes is the {@link Remainder} rule:
 *
 * <ul>
 *   <li>{@link Remainder#ON_FIRST_COUNTY} (the state's published practice): each share is rounded
 *       HALF_UP to whole units and the difference to the total (plus or minus) is put on the first
 *       county by county number (03 Oslo). This reproduces both columns of the 2021 table (200 and
 *       100 MNOK) exactly.
 *   <li>{@link Remainder#LARGEST_REMAINDERS}: each share rounded down, the units left over one each
 *       to the largest remainders (ties: larger weight, then lower county code); no county is ever
 *       more than one unit from its exact share.
 * </ul>
 *
 * An amount that is not a whole number of units keeps its odd part on the first county
 * (ON_FIRST_COUNTY) or on the county with the largest weight (LARGEST_REMAINDERS).
 */
public final class AllocationKey {

  public static final Money DEFAULT_UNIT = Money.ofKroner(1000);

  /** Where the rounding remainder goes. */
  public enum Remainder {
    ON_FIRST_COUNTY,
    LARGEST_REMAINDERS
  }

  private AllocationKey() {}

  /** Largest remainders; see {@link #split(Money, Map, Money, Remainder)}. */
  public static Map<String, Money> split(Money total, Map<String, Integer> weights, Money unit) {
    return split(total, weights, unit, Remainder.LARGEST_REMAINDERS);
  }

  private static Map<String, Money> roundedWithRemainderOnFirst(
      Money total, Map<String, Integer> weights, Money unit) {
    BigInteger weightSum = check(total, weights, unit);
    BigDecimal[] unitsAndOdd = total.amount().divideAndRemainder(unit.amount());
    BigDecimal units = unitsAndOdd[0];
    String first = weights.keySet().stream().sorted().findFirst().orElseThrow();
    Map<String, BigDecimal> rounded = new LinkedHashMap<>();
    BigDecimal given = BigDecimal.ZERO;
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      BigDecimal share =
          units
              .multiply(BigDecimal.valueOf(e.getValue()))
              .divide(new BigDecimal(weightSum), 0, RoundingMode.HALF_UP);
      rounded.put(e.getKey(), share);
      given = given.add(share);
    }
    rounded.merge(first, units.subtract(given), BigDecimal::add);
    Map<String, Money> amounts = new LinkedHashMap<>();
    rounded.forEach(
        (county, n) -> {
          Money amount = Money.of(n.multiply(unit.amount()).setScale(2, RoundingMode.UNNECESSARY));
          amounts.put(
              county, county.equals(first) ? amount.plus(Money.of(unitsAndOdd[1])) : amount);
        });
    if (amounts.get(first).isNegative()) {
      throw new IllegalArgumentException("The remainder would make the first county negative");
    }
    return amounts;
  }

  private static BigInteger check(Money total, Map<String, Integer> weights, Money unit) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("No counties to split between");
    }
    if (!unit.isPositive() || total.isNegative()) {
      throw new IllegalArgumentException("Unit must be positive and total not negative");
    }
    BigInteger weightSum =
        weights.values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    if (weightSum.signum() <= 0) {
      throw new IllegalArgumentException("Weights must sum to more than zero");
    }
    return weightSum;
  }

  public static Map<String, Money> split(
      Money total, Map<String, Integer> weights, Money unit, Remainder remainder) {
    if (remainder == Remainder.ON_FIRST_COUNTY) {
      return roundedWithRemainderOnFirst(total, weights, unit);
    }
    BigInteger weightSum = check(total, weights, unit);
    BigDecimal[] unitsAndOdd = total.amount().divideAndRemainder(unit.amount());
    BigInteger units = unitsAndOdd[0].toBigIntegerExact();
    Money odd = Money.of(unitsAndOdd[1]);

    record Share(String county, int weight, BigInteger whole, BigInteger remainder) {}
    List<Share> shares = new ArrayList<>();
    BigInteger given = BigInteger.ZERO;
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      BigInteger[] qr =
          units.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(weightSum);
      shares.add(new Share(e.getKey(), e.getValue(), qr[0], qr[1]));
      given = given.add(qr[0]);
    }
    int leftOver = units.subtract(given).intValueExact();
    List<Share> byRemainder = new ArrayList<>(shares);
    byRemainder.sort(
        Comparator.comparing(Share::remainder, Comparator.reverseOrder())
            .thenComparing(Share::weight, Comparator.reverseOrder())
            .thenComparing(Share::county));
    Map<String, BigInteger> result = new LinkedHashMap<>();
    shares.forEach(s -> result.put(s.county(), s.whole()));
    for (int i = 0; i < leftOver; i++) {
      result.merge(byRemainder.get(i).county(), BigInteger.ONE, BigInteger::add);
    }
    String largest =
        shares.stream()
            .max(
                Comparator.comparing(Share::weight)
                    .thenComparing(Share::county, Comparator.reverseOrder()))
            .orElseThrow()
            .county();
    Map<String, Money> amounts = new LinkedHashMap<>();
    result.forEach(
        (county, n) -> {
          Money amount =
              Money.of(
                  new BigDecimal(n).multiply(unit.amount()).setScale(2, RoundingMode.UNNECESSARY));
          amounts.put(county, county.equals(largest) ? amount.plus(odd) : amount);
        });
    return amounts;
  }
}
