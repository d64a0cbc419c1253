package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rules PAY-P1–PAY-P3 of the payment package: actual costs per category and the eligible costs they
 * give.
 */
class ActualCostsTest {

  @Test
  void payP1_aNegativeOrAbsurdAmountIsRefusedOnItsOwnCategory() {
    Map<CostCategory, Money> typed = new HashMap<>();
    typed.put(CostCategory.TRAVEL, Money.ofKroner(-1));
    typed.put(CostCategory.ADVISORY, Money.ofKroner(1_000_000_001L));

    assertThatThrownBy(() -> new ActualCosts(typed))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field, FieldViolation::messageKey)
                    .containsExactlyInAnyOrder(
                        Tuple.tuple("actualCosts[TRAVEL]", "validation.amount.notNegative"),
                        Tuple.tuple("actualCosts[ADVISORY]", "payment.costTooLarge")));
  }

  @Test
  void payP1_nothingButZerosIsNoCostAtAll() {
    assertThatThrownBy(() -> new ActualCosts(Map.of(CostCategory.TRAINERS, Money.ZERO)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("payment.costsRequired"));
    assertThatThrownBy(() -> new ActualCosts(Map.of())).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void payP2_wagesCountAtMostTwiceTheTrainingCosts() {
    ActualCosts costs =
        new ActualCosts(
            Map.of(
                CostCategory.TRAINERS, Money.ofKroner(200_000),
                CostCategory.MATERIALS, Money.ofKroner(100_000),
                CostCategory.PARTICIPANT_WAGES, Money.ofKroner(800_000)));

    assertThat(costs.total()).isEqualTo(Money.ofKroner(1_100_000));
    assertThat(costs.trainingCosts()).isEqualTo(Money.ofKroner(300_000));
    assertThat(costs.eligibleWageCosts()).isEqualTo(Money.ofKroner(600_000));
    assertThat(costs.wagesCapped()).isTrue();
    assertThat(costs.eligible()).isEqualTo(Money.ofKroner(900_000));
  }

  @Test
  void payP3_withinTheTwoThirdsRuleEveryKroneCounts() {
    ActualCosts costs =
        new ActualCosts(
            Map.of(
                CostCategory.ADVISORY,
                Money.of("100000.50"),
                CostCategory.PARTICIPANT_WAGES,
                Money.of("200001.00")));

    assertThat(costs.wagesCapped()).isFalse();
    assertThat(costs.eligible()).isEqualTo(Money.of("300001.50"));
    assertThat(costs.amount(CostCategory.TRAVEL)).isEqualTo(Money.ZERO);
  }

  @Test
  void wagesAloneEarnNothing() {
    ActualCosts costs = ActualCosts.only(CostCategory.PARTICIPANT_WAGES, Money.ofKroner(500_000));

    assertThat(costs.eligible()).isEqualTo(Money.ZERO);
    assertThat(costs.wagesCapped()).isTrue();
  }

  @Test
  void theComparisonPutsThePlanBesideTheActualCostsInEveryCategory() {
    CostPlan plan =
        new CostPlan(
            List.of(
                new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(150_000)),
                new CostItem(CostCategory.TRAINERS, "Intern instruktør", Money.ofKroner(50_000)),
                new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn", Money.ofKroner(400_000))));
    ActualCosts actual = ActualCosts.shareOf(plan, Rate.percent("50"));

    CostComparison comparison = CostComparison.of(plan, actual);

    assertThat(comparison.rows()).hasSize(6);
    assertThat(comparison.rows().get(0).planned()).isEqualTo(Money.ofKroner(200_000));
    assertThat(comparison.rows().get(0).actual()).isEqualTo(Money.ofKroner(100_000));
    assertThat(comparison.rows().get(0).difference()).isEqualTo(Money.ofKroner(-100_000));
    assertThat(comparison.plannedTotal()).isEqualTo(Money.ofKroner(600_000));
    assertThat(comparison.actualTotal()).isEqualTo(Money.ofKroner(300_000));
    assertThat(comparison.eligible()).isEqualTo(Money.ofKroner(300_000));
  }
}
