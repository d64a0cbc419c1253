package no.biogrants.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class AllocationKeyTest {

  private static final List<String> CODES =
      List.of("03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54");

  /** Inhabitants as published with the 2021 allocation key; 5 391 369 in all. */
  private static Map<String, Integer> inhabitants2021() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("03", 697010); // Oslo
    w.put("11", 482645); // Rogaland
    w.put("15", 265544); // Møre og Romsdal
    w.put("18", 240345); // Nordland
    w.put("30", 1252384); // Viken
    w.put("34", 370603); // Innlandet
    w.put("38", 421882); // Vestfold og Telemark
    w.put("42", 308843); // Agder
    w.put("46", 638821); // Vestland
    w.put("50", 471124); // Trøndelag
    w.put("54", 242168); // Troms og Finnmark
    return w;
  }

  private static Map<String, Money> inThousands(long... thousands) {
    Map<String, Money> expected = new LinkedHashMap<>();
    for (int i = 0; i < thousands.length; i++) {
      expected.put(CODES.get(i), Money.ofKroner(thousands[i] * 1000));
    }
    return expected;
  }

  private static Money sum(Map<String, Money> parts) {
    return parts.values().stream().reduce(Money.ZERO, Money::plus);
  }

  @Test
  void inhabitantsSumToThePublishedTotal() {
    assertThat(inhabitants2021().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(5_391_369);
  }

  /**
   * Plain rounding of each share would give Oslo 25 857 (exact 25 856.51) and sum to 200 001; the
   * largest-remainder method gives 25 856 as the published table does.
   */
  @Test
  void budB7_reproducesThePublished2021TableFor200Million() {
    Map<String, Money> parts =
        AllocationKey.split(
            Money.ofKroner(200_000_000), inhabitants2021(), AllocationKey.DEFAULT_UNIT);

    assertThat(parts)
        .containsExactlyEntriesOf(
            inThousands(25856, 17904, 9851, 8916, 46459, 13748, 15650, 11457, 23698, 17477, 8984));
    assertThat(sum(parts)).isEqualTo(Money.ofKroner(200_000_000));
  }

  /**
   * The state's published practice: every share rounded to whole thousands, the difference put on
   * the first county (03 Oslo). Reproduces both columns of the 2021 table, and their sum column.
   */
  @Test
  void publishedPracticeReproducesBothColumnsOfThe2021TableAndTheirSum() {
    Map<String, Money> prop79 =
        AllocationKey.split(
            Money.ofKroner(200_000_000),
            inhabitants2021(),
            AllocationKey.DEFAULT_UNIT,
            AllocationKey.Remainder.ON_FIRST_COUNTY);
    Map<String, Money> prop94 =
        AllocationKey.split(
            Money.ofKroner(100_000_000),
            inhabitants2021(),
            AllocationKey.DEFAULT_UNIT,
            AllocationKey.Remainder.ON_FIRST_COUNTY);

    assertThat(prop79)
        .containsExactlyEntriesOf(
            inThousands(25856, 17904, 9851, 8916, 46459, 13748, 15650, 11457, 23698, 17477, 8984));
    assertThat(prop94)
        .containsExactlyEntriesOf(
            inThousands(12930, 8952, 4925, 4458, 23229, 6874, 7825, 5728, 11849, 8738, 4492));
    Map<String, Money> both = new LinkedHashMap<>();
    prop79.forEach((county, amount) -> both.put(county, amount.plus(prop94.get(county))));
    assertThat(both)
        .containsExactlyEntriesOf(
            inThousands(
                38786, 26856, 14776, 13374, 69688, 20622, 23475, 17185, 35547, 26215, 13476));
    assertThat(sum(both)).isEqualTo(Money.ofKroner(300_000_000));
  }

  @Test
  void budB7_publishedPracticeSumsExactlyAndPutsTheOddPartOnTheFirstCounty() {
    Random random = new Random(99L);
    for (int round = 0; round < 200; round++) {
      Money total =
          Money.of(BigDecimal.valueOf(random.nextLong(1_000_000_00L, 50_000_000_000L), 2));
      Map<String, Money> parts =
          AllocationKey.split(
              total,
              inhabitants2021(),
              AllocationKey.DEFAULT_UNIT,
              AllocationKey.Remainder.ON_FIRST_COUNTY);
      assertThat(sum(parts)).as("total %s", total).isEqualTo(total);
      assertThat(parts.values()).noneMatch(Money::isNegative);
      for (String county : CODES) {
        if (!county.equals("03")) {
          assertThat(parts.get(county).amount().remainder(new BigDecimal("1000")).signum())
              .as(county)
              .isZero();
        }
      }
    }
  }

  @Test
  void budB7_defaultUnitIsOneThousandKroner() {
    assertThat(AllocationKey.DEFAULT_UNIT).isEqualTo(Money.ofKroner(1000));
  }

  @Test
  void otherTotalsOverThe2021InhabitantsSumExactly() {
    for (long total : new long[] {100_000_000L, 105_000_000L, 250_000_000L}) {
      Money amount = Money.ofKroner(total);
      Map<String, Money> parts =
          AllocationKey.split(amount, inhabitants2021(), AllocationKey.DEFAULT_UNIT);

      assertThat(parts.keySet()).as("total %d", total).containsExactlyElementsOf(CODES);
      assertThat(sum(parts)).as("total %d", total).isEqualTo(amount);
      assertEachPartWithinOneUnitOfItsExactShare(
          amount, inhabitants2021(), AllocationKey.DEFAULT_UNIT, parts);
    }
  }

  @Test
  void whenPlainRoundingSumsExactlyTheResultIsPlainRounding() {
    // 105 000 × share rounded HALF_UP sums to exactly 105 000 thousands for these inhabitants.
    Map<String, Money> parts =
        AllocationKey.split(
            Money.ofKroner(105_000_000), inhabitants2021(), AllocationKey.DEFAULT_UNIT);

    assertThat(parts)
        .containsExactlyEntriesOf(
            inThousands(13575, 9400, 5172, 4681, 24391, 7218, 8216, 6015, 12441, 9175, 4716));
  }

  @Test
  void budB7_leftOverUnitsGoToTheLargestRemainders() {
    // 250 000 units. Exact shares (thousands): 03 32320.641, 11 22380.447, 15 12313.385,
    // 18 11144.897, 30 58073.562, 34 17185.014, 38 19562.842, 42 14321.177, 46 29622.393,
    // 50 21846.214, 54 11229.430. The floors sum to 249 995; the five units left go to the largest
    // remainders 18 (.897), 38 (.842), 03 (.641), 30 (.562) and 11 (.447). Plain rounding would
    // leave 11 at 22 380 and sum to only 249 999.
    Map<String, Money> parts =
        AllocationKey.split(
            Money.ofKroner(250_000_000), inhabitants2021(), AllocationKey.DEFAULT_UNIT);

    assertThat(parts)
        .containsExactlyEntriesOf(
            inThousands(
                32321, 22381, 12313, 11145, 58074, 17185, 19563, 14321, 29622, 21846, 11229));
  }

  @Test
  void oddPartOfATotalGoesToTheCountyWithTheLargestWeight() {
    Map<String, Money> parts =
        AllocationKey.split(
            Money.ofKroner(1_000_500), inhabitants2021(), AllocationKey.DEFAULT_UNIT);

    // 1000 units: 03 129, 11 90, 15 49, 18 45, 30 232, 34 69, 38 78, 42 57, 46 119, 50 87, 54 45
    // (largest remainders), and the odd 500 on Viken (30), the largest county.
    Map<String, Money> expected = inThousands(129, 90, 49, 45, 232, 69, 78, 57, 119, 87, 45);
    expected.put("30", Money.ofKroner(232_500));
    assertThat(parts).containsExactlyEntriesOf(expected);
    assertThat(sum(parts)).isEqualTo(Money.ofKroner(1_000_500));
  }

  @Test
  void oddPartIsTheOnlyDifferenceFromTheWholeUnitSplit() {
    Map<String, Money> whole =
        AllocationKey.split(
            Money.ofKroner(7_000_000), inhabitants2021(), AllocationKey.DEFAULT_UNIT);
    Map<String, Money> withOdd =
        AllocationKey.split(Money.of("7000999.99"), inhabitants2021(), AllocationKey.DEFAULT_UNIT);

    for (String code : CODES) {
      Money expected =
          code.equals("30") ? whole.get(code).plus(Money.of("999.99")) : whole.get(code);
      assertThat(withOdd.get(code)).as(code).isEqualTo(expected);
    }
    assertThat(sum(withOdd)).isEqualTo(Money.of("7000999.99"));
  }

  @Test
  void tiesGoToTheLargerWeightThenTheLowerCountyCode() {
    Map<String, Integer> equal = new LinkedHashMap<>();
    equal.put("02", 1);
    equal.put("01", 1);
    equal.put("03", 1);
    Map<String, Money> parts =
        AllocationKey.split(Money.ofKroner(1000), equal, AllocationKey.DEFAULT_UNIT);
    assertThat(parts)
        .containsEntry("01", Money.ofKroner(1000))
        .containsEntry("02", Money.ZERO)
        .containsEntry("03", Money.ZERO);

    // 3 units over weights 2, 2, 1 (sum 5): exact 1.2, 1.2, 0.6 → floors 1, 1, 0 and one left over,
    // which goes to the largest remainder (0.6) even though its weight is the smallest.
    Map<String, Integer> mixed = new LinkedHashMap<>();
    mixed.put("10", 2);
    mixed.put("20", 2);
    mixed.put("30", 1);
    assertThat(AllocationKey.split(Money.ofKroner(3), mixed, Money.ofKroner(1)))
        .isEqualTo(
            Map.of("10", Money.ofKroner(1), "20", Money.ofKroner(1), "30", Money.ofKroner(1)));

    // Equal remainders (0.5 and 0.5) with different weights: the larger weight wins.
    Map<String, Integer> weighted = new LinkedHashMap<>();
    weighted.put("01", 1);
    weighted.put("02", 3);
    // 2 units over 1, 3 (sum 4): exact 0.5, 1.5 → floors 0, 1, one left; remainders equal → "02".
    Map<String, Money> w = AllocationKey.split(Money.ofKroner(2), weighted, Money.ofKroner(1));
    assertThat(w).containsEntry("01", Money.ZERO).containsEntry("02", Money.ofKroner(2));
  }

  @Test
  void budB7_partsAlwaysSumExactlyToTheTotal() {
    Random random = new Random(4_711L);
    for (int round = 0; round < 200; round++) {
      int counties = 1 + random.nextInt(15);
      Map<String, Integer> weights = new LinkedHashMap<>();
      for (int i = 0; i < counties; i++) {
        weights.put(
            String.format("%02d", i + 1),
            random.nextInt(3) == 0 ? random.nextInt(100) : random.nextInt(2_000_000));
      }
      if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
        weights.put("01", 1);
      }
      Money total = Money.of(BigDecimal.valueOf(random.nextLong(0, 50_000_000_000L), 2));
      Money unit =
          random.nextBoolean()
              ? AllocationKey.DEFAULT_UNIT
              : Money.ofKroner(1 + random.nextInt(10_000));

      Map<String, Money> parts = AllocationKey.split(total, weights, unit);

      assertThat(parts.keySet()).as("round %d", round).containsExactlyElementsOf(weights.keySet());
      assertThat(sum(parts)).as("round %d: %s over %s", round, total, weights).isEqualTo(total);
      assertThat(parts.values()).as("round %d", round).noneMatch(Money::isNegative);
      assertEachPartWithinOneUnitOfItsExactShare(total, weights, unit, parts);
    }
  }

  @Test
  void emptyWeightsAreRefused() {
    assertThatThrownBy(
            () -> AllocationKey.split(Money.ofKroner(1000), Map.of(), AllocationKey.DEFAULT_UNIT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightsSummingToZeroAreRefused() {
    assertThatThrownBy(
            () ->
                AllocationKey.split(
                    Money.ofKroner(1000), Map.of("03", 0), AllocationKey.DEFAULT_UNIT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeTotalAndNonPositiveUnitAreRefused() {
    assertThatThrownBy(
            () ->
                AllocationKey.split(Money.of("-1"), inhabitants2021(), AllocationKey.DEFAULT_UNIT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AllocationKey.split(Money.ofKroner(1000), inhabitants2021(), Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void zeroTotalGivesZeroEverywhere() {
    Map<String, Money> parts =
        AllocationKey.split(Money.ZERO, inhabitants2021(), AllocationKey.DEFAULT_UNIT);

    assertThat(parts).hasSize(11);
    assertThat(parts.values()).allMatch(Money::isZero);
  }

  /**
   * Independent check of the largest-remainder method: leaving out the odd part (on the largest
   * weight), each county's number of units is its exact share rounded down or up, never further
   * off. When plain HALF_UP rounding of every share happens to sum exactly, the result must equal
   * it.
   */
  private static void assertEachPartWithinOneUnitOfItsExactShare(
      Money total, Map<String, Integer> weights, Money unit, Map<String, Money> parts) {
    BigInteger weightSum =
        weights.values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    BigDecimal[] qr = total.amount().divideAndRemainder(unit.amount());
    BigInteger units = qr[0].toBigIntegerExact();
    String largest = null;
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      if (largest == null
          || e.getValue() > weights.get(largest)
          || (e.getValue().equals(weights.get(largest)) && e.getKey().compareTo(largest) < 0)) {
        largest = e.getKey();
      }
    }
    List<BigInteger> rounded = new ArrayList<>();
    BigInteger roundedSum = BigInteger.ZERO;
    Map<String, BigInteger> got = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      Money part = parts.get(e.getKey());
      if (e.getKey().equals(largest)) {
        part = part.minus(Money.of(qr[1]));
      }
      BigDecimal n = part.amount().divide(unit.amount());
      assertThat(n.stripTrailingZeros().scale())
          .as("whole units for %s", e.getKey())
          .isLessThanOrEqualTo(0);
      BigInteger count = n.toBigIntegerExact();
      got.put(e.getKey(), count);

      BigInteger numerator = units.multiply(BigInteger.valueOf(e.getValue()));
      BigInteger floor = numerator.divide(weightSum);
      assertThat(count).as("units for %s", e.getKey()).isBetween(floor, floor.add(BigInteger.ONE));

      BigInteger half =
          new BigDecimal(numerator)
              .divide(new BigDecimal(weightSum), 0, RoundingMode.HALF_UP)
              .toBigInteger();
      rounded.add(half);
      roundedSum = roundedSum.add(half);
    }
    if (roundedSum.equals(units)) {
      assertThat(new ArrayList<>(got.values())).as("same as plain rounding").isEqualTo(rounded);
    }
  }
}
