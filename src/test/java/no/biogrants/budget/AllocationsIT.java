package no.biogrants.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.county.Counties;
import no.biogrants.county.PublishedInhabitants;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering allocations on MariaDB: the per-inhabitant split of 2021 lands as the published
 * county lines with their ALLOCATION entries; a key that does not add up is refused and nothing is
 * booked; a county admin registers only for their own county.
 */
@ExtendWith(ArquillianExtension.class)
class AllocationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private Allocations allocations;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Inject private Users users;
  @Inject private Counties counties;

  @Test
  void budB7_budB8_the2021SplitBooksThePublishedCountyLines() {
    Allocation prop79 =
        allocations.register(
            admin(),
            request(
                "Prop. 79 S (2020–2021)",
                2021,
                Money.ofKroner(200_000_000),
                SplitMethod.PER_INHABITANT,
                Map.of()));

    List<BudgetLine> lines = budgets.linesOf(prop79.getId());
    Map<String, Money> byCounty = new LinkedHashMap<>();
    lines.forEach(l -> byCounty.put(l.getCountyCode(), l.getAllocated()));
    assertThat(byCounty)
        .containsEntry("03", Money.ofKroner(25_856_000))
        .containsEntry("30", Money.ofKroner(46_459_000))
        .containsEntry("34", Money.ofKroner(13_748_000))
        .containsEntry("54", Money.ofKroner(8_984_000))
        .hasSize(11);
    assertThat(byCounty.values().stream().reduce(Money.ZERO, Money::plus))
        .isEqualTo(Money.ofKroner(200_000_000));
    for (BudgetLine line : lines) {
      assertThat(ledger.entriesOf(line.getId()))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getType()).isEqualTo(LedgerEntryType.ALLOCATION);
                assertThat(e.getAmount()).isEqualTo(line.getAllocated());
              });
      assertThat(line.getAvailable()).isEqualTo(line.getAllocated());
    }
  }

  @Test
  void budB8_sharesThatDoNotAddUpToOneHundredAreRefusedAndNothingIsBooked() {
    int before = allocations.all().size();
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (String county :
        List.of("03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54")) {
      shares.put(county, new BigDecimal("9"));
    }
    assertThatThrownBy(
            () ->
                allocations.register(
                    admin(),
                    request(
                        "Feil andeler",
                        2022,
                        Money.ofKroner(1_000_000),
                        SplitMethod.FIXED_SHARES,
                        shares)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.allocation.sharesNotHundred");

    shares.remove("54");
    assertThatThrownBy(
            () ->
                allocations.register(
                    admin(),
                    request(
                        "Mangler fylke",
                        2022,
                        Money.ofKroner(1_000_000),
                        SplitMethod.FIXED_SHARES,
                        shares)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.allocation.keyMissingCounties");
    assertThat(allocations.all()).hasSize(before);
  }

  @Test
  void budB8_manualAmountsMustAddUpToTheAllocation() {
    assertThatThrownBy(
            () ->
                allocations.register(
                    admin(),
                    request(
                        "Manuell",
                        2022,
                        Money.ofKroner(1_000_000),
                        SplitMethod.MANUAL,
                        Map.of("34", new BigDecimal("600000"), "46", new BigDecimal("300000")))))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.allocation.manualSum");

    Allocation ok =
        allocations.register(
            admin(),
            request(
                "Manuell",
                2022,
                Money.ofKroner(1_000_000),
                SplitMethod.MANUAL,
                Map.of("34", new BigDecimal("700000"), "46", new BigDecimal("300000"))));
    assertThat(budgets.linesOf(ok.getId()))
        .extracting(BudgetLine::getCountyCode)
        .containsExactly("34", "46");
  }

  @Test
  void budB8_aCountyAdminRegistersOnlyForTheirOwnCounty() {
    String name = "fylkesadmin-" + System.nanoTime();
    Actor countyAdmin =
        Actor.of(
            users.create(
                name, name, "hemmelig-passord".toCharArray(), "34", EnumSet.of(Role.ADMIN)));

    assertThatThrownBy(
            () ->
                allocations.register(
                    countyAdmin,
                    request(
                        "Nasjonal",
                        2022,
                        Money.ofKroner(1_000_000),
                        SplitMethod.PER_INHABITANT,
                        Map.of())))
        .isInstanceOf(AccessDeniedException.class);
    Allocation own =
        allocations.register(
            countyAdmin,
            request(
                "Fylkets egne midler",
                2022,
                Money.ofKroner(2_000_000),
                SplitMethod.MANUAL,
                Map.of("34", new BigDecimal("2000000"))));
    assertThat(budgets.linesOf(own.getId()))
        .singleElement()
        .extracting(BudgetLine::getCountyCode)
        .isEqualTo("34");
  }

  @Test
  void ctyP1_theInhabitantsInForceSayWhichYearTheyWerePublishedFor() {
    PublishedInhabitants of2021 = counties.inhabitantsInForce(2021);
    assertThat(of2021.populationYear()).isEqualTo(2021);
    assertThat(of2021.ownFiguresOf(2021)).isTrue();
    assertThat(of2021.byCounty()).containsEntry("34", 370_603).hasSize(11);

    PublishedInhabitants of2022 = counties.inhabitantsInForce(2022);
    assertThat(of2022.ownFiguresOf(2022)).isFalse();
    assertThat(of2022.populationYear()).isEqualTo(2021);
    assertThat(of2022.byCounty()).isEqualTo(of2021.byCounty());

    PublishedInhabitants before = counties.inhabitantsInForce(2000);
    assertThat(before.ownFiguresOf(2000)).isFalse();
    assertThat(before.populationYear()).isEqualTo(2021);
  }

  @Test
  void ctyP2_aYearIsSplitPerInhabitantOnlyByFiguresForItsOwnCounties() {
    // 2031 is split by the 2024 figures of the 15 counties (reference data), never to those closed.
    Allocation of2031 =
        allocations.register(
            admin(),
            request(
                "Per innbygger 2031",
                2031,
                Money.ofKroner(55_502_030),
                SplitMethod.PER_INHABITANT,
                Map.of()));
    Map<String, Money> byCounty = new LinkedHashMap<>();
    budgets.linesOf(of2031.getId()).forEach(l -> byCounty.put(l.getCountyCode(), l.getAllocated()));
    assertThat(byCounty)
        .hasSize(15)
        .containsKeys("31", "32", "33", "39", "40", "55", "56")
        .doesNotContainKeys("30", "38", "54");
    assertThat(byCounty.get("56").amount())
        .isCloseTo(new BigDecimal("750530"), within(new BigDecimal("1000")));

    // 2019 had no county in the register: the figures in force (2021's) are not its counties'.
    assertThatThrownBy(
            () ->
                allocations.register(
                    admin(),
                    request(
                        "Per innbygger 2019",
                        2019,
                        Money.ofKroner(1_000_000),
                        SplitMethod.PER_INHABITANT,
                        Map.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.allocation.inhabitantsOtherCounties");
  }

  @Test
  void aYearsInhabitantsDriveThatYearsPerInhabitantSplit() {
    Map<String, Integer> inhabitants = new LinkedHashMap<>();
    for (String county :
        List.of("03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54")) {
      inhabitants.put(county, 100_000);
    }
    inhabitants.put("03", 200_000);
    Map<String, Integer> missingOne = new LinkedHashMap<>(inhabitants);
    missingOne.remove("54");
    assertThatThrownBy(() -> counties.registerInhabitants(admin(), 2023, missingOne))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.inhabitants.allCounties");

    counties.registerInhabitants(admin(), 2023, inhabitants);
    Allocation even =
        allocations.register(
            admin(),
            request(
                "Likt per innbygger 2023",
                2023,
                Money.ofKroner(12_000_000),
                SplitMethod.PER_INHABITANT,
                Map.of()));

    Map<String, Money> byCounty = new LinkedHashMap<>();
    budgets.linesOf(even.getId()).forEach(l -> byCounty.put(l.getCountyCode(), l.getAllocated()));
    assertThat(byCounty)
        .containsEntry("03", Money.ofKroner(2_000_000))
        .containsEntry("34", Money.ofKroner(1_000_000));
  }

  private Actor admin() {
    return Actor.of(users.byUsername("admin").orElseThrow());
  }

  private static AllocationRequest request(
      String name, int year, Money amount, SplitMethod method, Map<String, BigDecimal> keys) {
    return new AllocationRequest(
        name, "Statsbudsjettet", year, amount, EnumSet.of(FundPurpose.BIO), method, keys);
  }
}
