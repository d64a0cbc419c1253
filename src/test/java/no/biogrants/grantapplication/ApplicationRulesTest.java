package no.biogrants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of the application form by its id (see the package documentation). */
class ApplicationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);
  private static final Money CEILING = Money.ofKroner(3_450_000);

  private static final CostPlan PLAN =
      new CostPlan(
          List.of(
              new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(300_000)),
              new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn", Money.ofKroner(200_000))));

  private static final TrainingPlanItem LINE =
      new TrainingPlanItem("Kurs", TrainingProvider.EXTERNAL, 40, 8, 10, 2, 1);

  private static ApplicationDetails details(
      LocalDate start, LocalDate end, List<TrainingPlanItem> plan, List<DeMinimisAid> aid) {
    return new ApplicationDetails(
        "Omstilling til ny produksjon.",
        start,
        end,
        plan,
        null,
        null,
        aid,
        "Leder",
        "Tillitsvalgt");
  }

  private static final ApplicationDetails GOOD =
      details(TODAY.plusWeeks(2), TODAY.plusMonths(6), List.of(LINE), List.of());

  private static ApplicationRules.Facts facts(
      CostPlan plan,
      Money applied,
      ApplicationDetails d,
      int employees,
      String form,
      String county) {
    return new ApplicationRules.Facts(
        plan,
        applied,
        Money.ofKroner(250_000),
        d,
        TODAY,
        26,
        18,
        CEILING,
        employees,
        form,
        county,
        "34",
        null);
  }

  private static ApplicationRules.Facts good() {
    return facts(PLAN, Money.ofKroner(250_000), GOOD, 20, "AS", "34");
  }

  private static List<String> ids(ApplicationRules.Facts facts) {
    return ApplicationRules.check(facts).stream().map(BrokenRule::id).toList();
  }

  @Test
  void aCompleteApplicationBreaksNoRule() {
    assertThat(ApplicationRules.check(good())).isEmpty();
  }

  @Nested
  class Costs {

    @Test
    void appR1_noCosts() {
      assertThat(ids(facts(new CostPlan(List.of()), Money.ofKroner(1), GOOD, 20, "AS", "34")))
          .contains("R1");
    }

    @Test
    void appR2_trainingCostsBelowOneThirdWagesAboveTwoThirds() {
      CostPlan wages =
          new CostPlan(
              List.of(
                  new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(100_000)),
                  new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn", Money.ofKroner(200_001))));
      assertThat(ids(facts(wages, Money.ofKroner(1), GOOD, 20, "AS", "34"))).containsExactly("R2");
      CostPlan exactlyAThird =
          new CostPlan(
              List.of(
                  new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(100_000)),
                  new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn", Money.ofKroner(200_000))));
      assertThat(ids(facts(exactlyAThird, Money.ofKroner(1), GOOD, 20, "AS", "34"))).isEmpty();
    }

    @Test
    void appR3_appR4_amountMustBePositiveAndNotAboveTheMaximum() {
      assertThat(ids(facts(PLAN, Money.ZERO, GOOD, 20, "AS", "34"))).containsExactly("R3");
      assertThat(ids(facts(PLAN, Money.of("250000.01"), GOOD, 20, "AS", "34")))
          .containsExactly("R4");
    }
  }

  @Nested
  class Period {

    @Test
    void appR5_datesRequired() {
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(null, TODAY.plusMonths(1), List.of(LINE), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R5");
    }

    @Test
    void appR6_notStartedBeforeTheApplication() {
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY.minusDays(1), TODAY.plusMonths(1), List.of(LINE), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R6");
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY, TODAY.plusMonths(1), List.of(LINE), List.of()),
                      20,
                      "AS",
                      "34")))
          .isEmpty();
    }

    @Test
    void appR7_appR8_endNotBeforeStartAndWithinTheSchemesMonths() {
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY.plusDays(10), TODAY.plusDays(9), List.of(LINE), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R7");
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY, TODAY.plusMonths(18), List.of(LINE), List.of()),
                      20,
                      "AS",
                      "34")))
          .isEmpty();
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY, TODAY.plusMonths(18).plusDays(1), List.of(LINE), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R8");
    }
  }

  @Nested
  class Plan {

    @Test
    void appR9_atLeastOneLine() {
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY, TODAY.plusMonths(1), List.of(), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R9");
    }

    @Test
    void appR10_weeksPerParticipantWithinTheScheme() {
      TrainingPlanItem long27 =
          new TrainingPlanItem("Langt kurs", TrainingProvider.INTERNAL, 40, 27, 5, 0, 0);
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY, TODAY.plusMonths(1), List.of(LINE, long27), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R10");
    }

    @Test
    void appR11_laidOffAndApprenticesAreAmongTheParticipants() {
      TrainingPlanItem tooMany =
          new TrainingPlanItem("Kurs", TrainingProvider.INTERNAL, 40, 2, 5, 4, 2);
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(1),
                      details(TODAY, TODAY.plusMonths(1), List.of(tooMany), List.of()),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R11");
    }
  }

  @Nested
  class DeMinimis {

    @Test
    void appR12_earlierAidAndTheApplicationWithinTheCeilingIsSoft() {
      List<DeMinimisAid> aid =
          List.of(new DeMinimisAid(2019, "Innovasjon Norge", Money.ofKroner(3_300_000)));
      List<BrokenRule> broken =
          ApplicationRules.check(
              facts(
                  PLAN,
                  Money.ofKroner(200_000),
                  details(TODAY, TODAY.plusMonths(1), List.of(LINE), aid),
                  20,
                  "AS",
                  "34"));
      assertThat(broken).extracting(BrokenRule::id).containsExactly("R12");
      assertThat(broken.get(0).hard()).isFalse();
      List<DeMinimisAid> within =
          List.of(new DeMinimisAid(2019, "Innovasjon Norge", Money.ofKroner(3_200_000)));
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(250_000),
                      details(TODAY, TODAY.plusMonths(1), List.of(LINE), within),
                      20,
                      "AS",
                      "34")))
          .isEmpty();
    }

    @Test
    void appR13_onlyTheCurrentAndTwoPreviousFiscalYearsCount() {
      List<DeMinimisAid> old =
          List.of(new DeMinimisAid(2017, "Kommunen", Money.ofKroner(3_400_000)));
      assertThat(
              ids(
                  facts(
                      PLAN,
                      Money.ofKroner(250_000),
                      details(TODAY, TODAY.plusMonths(1), List.of(LINE), old),
                      20,
                      "AS",
                      "34")))
          .containsExactly("R13");
    }
  }

  @Nested
  class Company {

    @Test
    void appR14_appR15_appR16_sizeCountyAndLegalFormAreSoftGateRules() {
      assertThat(ids(facts(PLAN, Money.ofKroner(1), GOOD, 0, "AS", "34"))).containsExactly("R14");
      assertThat(ids(facts(PLAN, Money.ofKroner(1), GOOD, 251, "AS", "34"))).containsExactly("R14");
      assertThat(ids(facts(PLAN, Money.ofKroner(1), GOOD, 250, "AS", "34"))).isEmpty();
      assertThat(ids(facts(PLAN, Money.ofKroner(1), GOOD, 20, "AS", "46"))).containsExactly("R15");
      assertThat(ids(facts(PLAN, Money.ofKroner(1), GOOD, 20, "KOMM", "34")))
          .containsExactly("R16");
      assertThat(ApplicationRules.check(facts(PLAN, Money.ofKroner(1), GOOD, 0, "ENK", "34")))
          .extracting(BrokenRule::id)
          .containsExactly("R14", "R16")
          .allSatisfy(id -> assertThat(BrokenRule.SOFT).contains(id));
    }
  }

  @Test
  void appR17_appR18_committeeAndRestructuringAreRequired() {
    ApplicationDetails bare =
        new ApplicationDetails(
            null, TODAY, TODAY.plusMonths(1), List.of(LINE), null, null, List.of(), "Leder", null);
    assertThat(ids(facts(PLAN, Money.ofKroner(1), bare, 20, "AS", "34")))
        .containsExactlyInAnyOrder("R17", "R18");
  }

  @Test
  void appR19_aTrainingPlanAndAnnualAccountsAreExpectedAsAttachmentsSoft() {
    List<BrokenRule> none = ApplicationRules.check(good().withAttachments(Set.of("OTHER")));
    assertThat(none).extracting(BrokenRule::id).containsExactly("R19", "R19");
    assertThat(none).noneMatch(BrokenRule::hard);
    assertThat(
            ApplicationRules.check(
                good().withAttachments(Set.of("TRAINING_PLAN", "ANNUAL_ACCOUNTS"))))
        .isEmpty();
  }

  @Test
  void everyRuleNamesItsStepAndField() {
    ApplicationDetails empty = ApplicationDetails.EMPTY;
    assertThat(
            ApplicationRules.check(
                facts(new CostPlan(List.of()), Money.ZERO, empty, 0, "KOMM", "46")))
        .allSatisfy(
            rule -> {
              assertThat(rule.part()).isNotNull();
              assertThat(rule.field()).isNotBlank();
              assertThat(rule.messageKey()).startsWith("rule.");
            });
  }

  @Test
  void wageCostIsHoursTimesTheCappedHourlyRate() {
    assertThat(
            WageCost.hourlyRate(
                Money.ofKroner(600_000), new BigDecimal("0.00083"), Money.ofKroner(700)))
        .isEqualTo(Money.ofKroner(498));
    assertThat(
            WageCost.of(
                100, Money.ofKroner(600_000), new BigDecimal("0.00083"), Money.ofKroner(700)))
        .isEqualTo(Money.ofKroner(49_800));
    assertThat(
            WageCost.hourlyRate(
                Money.ofKroner(1_000_000), new BigDecimal("0.00083"), Money.ofKroner(700)))
        .isEqualTo(Money.ofKroner(700));
  }
}
