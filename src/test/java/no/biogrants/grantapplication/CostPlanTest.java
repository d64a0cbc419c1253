package no.biogrants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class CostPlanTest {

  private static CostItem item(CostCategory category, String amount) {
    return new CostItem(category, "Line " + category.letter(), Money.of(amount));
  }

  @Test
  void eligibleCostsAreTheSumOfAllLines() {
    CostPlan plan =
        new CostPlan(
            List.of(
                item(CostCategory.TRAINERS, "100000"),
                item(CostCategory.TRAVEL, "12500.50"),
                item(CostCategory.MATERIALS, "0.49"),
                item(CostCategory.DEPRECIATION, "1000"),
                item(CostCategory.ADVISORY, "20000"),
                item(CostCategory.PARTICIPANT_WAGES, "150000.01")));

    assertThat(plan.eligibleCosts()).isEqualTo(Money.of("283501.00"));
    assertThat(plan.trainingCosts()).isEqualTo(Money.of("133500.99"));
    assertThat(plan.wageCosts()).isEqualTo(Money.of("150000.01"));
  }

  @Test
  void trainingShareOfExactlyOneThirdPasses() {
    CostPlan plan =
        new CostPlan(
            List.of(
                item(CostCategory.TRAINERS, "100000"),
                item(CostCategory.PARTICIPANT_WAGES, "200000")));

    assertThat(plan.brokenRules()).isEmpty();
    assertThat(plan.trainingShare().value()).isEqualByComparingTo("0.3333333333");
  }

  @Test
  void wagesJustAboveTwoThirdsBreakTheTrainingShareRule() {
    CostPlan plan =
        new CostPlan(
            List.of(
                item(CostCategory.TRAINERS, "100000"),
                item(CostCategory.PARTICIPANT_WAGES, "200000.01")));

    assertThat(plan.brokenRules()).containsExactly("rule.cost.trainingShareTooLow");
  }

  @Test
  void onlyTrainingCostsPass() {
    CostPlan plan = new CostPlan(List.of(item(CostCategory.ADVISORY, "0.01")));

    assertThat(plan.brokenRules()).isEmpty();
    assertThat(plan.wageCosts()).isEqualTo(Money.ZERO);
  }

  @Test
  void onlyWageCostsBreakTheTrainingShareRule() {
    CostPlan plan = new CostPlan(List.of(item(CostCategory.PARTICIPANT_WAGES, "10")));

    assertThat(plan.brokenRules()).containsExactly("rule.cost.trainingShareTooLow");
  }

  @Test
  void emptyPlanHasNoCosts() {
    assertThat(new CostPlan(List.of()).brokenRules()).containsExactly("rule.cost.noCosts");
  }

  @Test
  void planOfZeroAmountsHasNoCosts() {
    CostPlan plan =
        new CostPlan(
            List.of(item(CostCategory.TRAINERS, "0"), item(CostCategory.PARTICIPANT_WAGES, "0")));

    assertThat(plan.brokenRules()).containsExactly("rule.cost.noCosts");
  }

  @Test
  void planIsNotChangedByChangesToTheGivenList() {
    List<CostItem> items = new ArrayList<>(List.of(item(CostCategory.TRAINERS, "100")));
    CostPlan plan = new CostPlan(items);
    items.add(item(CostCategory.PARTICIPANT_WAGES, "1000"));

    assertThat(plan.eligibleCosts()).isEqualTo(Money.ofKroner(100));
  }

  @Test
  void costItemRefusesBlankDescription() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new CostItem(CostCategory.TRAINERS, "   ", Money.ofKroner(1)));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.cost.descriptionRequired");
  }

  @Test
  void costItemRefusesNullDescription() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new CostItem(CostCategory.TRAINERS, null, Money.ofKroner(1)));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.cost.descriptionRequired");
  }

  @Test
  void costItemRefusesNullCategory() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new CostItem(null, "Kurs", Money.ofKroner(1)));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.cost.categoryRequired");
  }

  @Test
  void costItemRefusesNegativeAmount() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new CostItem(CostCategory.TRAINERS, "Kurs", Money.of("-0.01")));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.amount.notNegative");
  }

  @Test
  void costItemRefusesMissingAmount() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new CostItem(CostCategory.TRAINERS, "Kurs", null));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.amount.notNegative");
  }

  @Test
  void costItemStripsTheDescription() {
    CostItem item = new CostItem(CostCategory.TRAVEL, "  Reise  ", Money.ZERO);

    assertThat(item.description()).isEqualTo("Reise");
    assertThat(item.amount()).isEqualTo(Money.ZERO);
  }

  @Test
  void costItemRefusesDescriptionLongerThanTheColumn() {
    String tooLong = "x".repeat(CostPlanLine.DESCRIPTION_MAXLENGTH + 1);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new CostItem(CostCategory.TRAINERS, tooLong, Money.ofKroner(1)));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
    assertThat(e.arguments()).containsExactly(CostPlanLine.DESCRIPTION_MAXLENGTH);
  }

  @Test
  void costItemAcceptsDescriptionOfExactlyTheColumnLength() {
    String longest = "x".repeat(CostPlanLine.DESCRIPTION_MAXLENGTH);

    assertThat(new CostItem(CostCategory.TRAINERS, longest, Money.ofKroner(1)).description())
        .hasSize(CostPlanLine.DESCRIPTION_MAXLENGTH);
  }
}
