package no.biogrants.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

/** The synthetic data's numbers pass the application's own checks and fit its columns. */
class SpreadTest {

  @Test
  void organisationNumbersAreValidAndUniqueAndBankAccountsValid() {
    Set<String> seen = new HashSet<>();
    int candidate = 0;
    for (int k = 0; k < 5_000; k++) {
      String org;
      do {
        org = Spread.orgNumber(candidate++);
      } while (org == null);
      assertThat(OrganisationNumber.isValid(org)).as(org).isTrue();
      assertThat(seen.add(org)).as(org).isTrue();
      assertThat(BankAccount.isValid(Spread.bankAccount(k))).as(Spread.bankAccount(k)).isTrue();
    }
  }

  @Test
  void referencesFitNineCharactersAndSortInOrderPastNineThousandNineHundredNinetyNine() {
    assertThat(Spread.reference(2021, 42)).isEqualTo("2021-0042");
    assertThat(Spread.reference(2021, 9999)).isEqualTo("2021-9999");
    assertThat(Spread.reference(2021, 10_000)).isEqualTo("2021-A000");
    String previous = Spread.reference(2021, 1);
    for (int number = 2; number <= 200_000; number++) {
      String reference = Spread.reference(2021, number);
      assertThat(reference).hasSize(9);
      assertThat(reference.compareTo(previous)).as(reference).isPositive();
      previous = reference;
    }
  }

  @Test
  void amountsAndSizesStayInTheirRanges() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(Spread.amountApplied(random))
          .isBetween(50_000L, 2_000_000L)
          .matches(a -> a % 1000 == 0);
      assertThat(Spread.employees(random)).isBetween(1, 250);
    }
  }
}
