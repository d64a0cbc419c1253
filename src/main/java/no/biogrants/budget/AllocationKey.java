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
 * The allocation key: splits an amount between counties in proportion to weights (inhabitants),
 * in whole units (1000 NOK by default), so that the parts always sum exactly to the amount.
 *
 * <p>Method (largest remainder): every county first gets its exact share rounded down to whole
 * units; the units left over go one each to the counties with the largest remainders (ties: the
 * larger weight, then the lower county code). Where plain rounding of each share already sums
 * exactly, this gives the same result, as the published 2021 table does. An amount that is not a
 * whole number of units keeps its odd part on the county with the largest weight.
 */
public final class AllocationKey {

  public static final Money DEFAULT_UNIT = Money.ofKroner(1000);

  private AllocationKey() {}

  public static Map<String, Money> split(Money total, Map<String, Integer> weights, Money unit) {
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
    BigDecimal[] unitsAndOdd = total.amount().divideAndRemainder(unit.amount());
    BigInteger units = unitsAndOdd[0].toBigIntegerExact();
    Money odd = Money.of(unitsAndOdd[1]);

    record Share(String county, int weight, BigInteger whole, BigInteger remainder) {}
    List<Share> shares = new ArrayList<>();
    BigInteger given = BigInteger.ZERO;
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      BigInteger[] qr = units.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(weightSum);
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
            .max(Comparator.comparing(Share::weight).thenComparing(Share::county, Comparator.reverseOrder()))
            .orElseThrow()
            .county();
    Map<String, Money> amounts = new LinkedHashMap<>();
    result.forEach(
        (county, n) -> {
          Money amount = Money.of(new BigDecimal(n).multiply(unit.amount()).setScale(2, RoundingMode.UNNECESSARY));
          amounts.put(county, county.equals(largest) ? amount.plus(odd) : amount);
        });
    return amounts;
  }
}
