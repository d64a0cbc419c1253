package no.biogrants.scheme;

import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * The BIO scheme of the unit tests, in Innlandet (34): 50 % aid intensity, a 700 000 ceiling, the
 * decision delegated up to 500 000 (or the limit given), wages at most 75 % of training costs.
 */
public final class TestSchemes {

  private TestSchemes() {}

  public static Scheme bio(int year, String name) {
    return bio(year, name, Money.ofKroner(500_000));
  }

  public static Scheme bio(int year, String name, Money delegationLimit) {
    return new Scheme(
        "34",
        year,
        name,
        Rate.percent("50"),
        Money.ofKroner(700_000),
        delegationLimit,
        Rate.percent("75"));
  }
}
