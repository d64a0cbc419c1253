package no.biogrants.grantapplication.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class DraftContentTest {

  @Test
  void aValidRequestBecomesTheDomainsContent() {
    ApplicationContent content =
        DraftContent.of(
            " Digital omstilling ",
            "Ny produksjonslinje",
            "DIGITAL",
            new BigDecimal("100000.50"),
            List.of(
                new CostItemJson("TRAINERS", "Kurs", new BigDecimal("150000")),
                new CostItemJson("PARTICIPANT_WAGES", "Lønn", new BigDecimal("50000.00"))));

    assertThat(content.title()).isEqualTo("Digital omstilling");
    assertThat(content.trainingPurpose()).isEqualTo(TrainingPurpose.DIGITAL);
    assertThat(content.amountApplied()).isEqualTo(Money.of("100000.50"));
    assertThat(content.costItems())
        .extracting(c -> c.category())
        .containsExactly(CostCategory.TRAINERS, CostCategory.PARTICIPANT_WAGES);
  }

  @Test
  void apiA3_apiA5_everyInvalidFieldIsReportedAtOnceWithItsField() {
    assertThatThrownBy(
            () ->
                DraftContent.of(
                    null,
                    "x".repeat(4001),
                    "DIGITALT",
                    new BigDecimal("10.005"),
                    Arrays.asList(
                        new CostItemJson("TRAINERS", "Kurs", new BigDecimal("1000")),
                        new CostItemJson(null, " ", new BigDecimal("-1")),
                        null,
                        new CostItemJson("SNACKS", "Kaffe", null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(FieldViolation::field)
                  .containsExactly(
                      "title",
                      "description",
                      "trainingPurpose",
                      "amountApplied",
                      "costItems[1].category",
                      "costItems[1].description",
                      "costItems[1].amount",
                      "costItems[2]",
                      "costItems[3].category",
                      "costItems[3].amount");
              assertThat(e.violations())
                  .extracting(FieldViolation::messageKey)
                  .containsExactly(
                      "validation.title.required",
                      "validation.tooLong",
                      "api.value.invalid",
                      "validation.amount.decimals",
                      "validation.cost.categoryRequired",
                      "validation.cost.descriptionRequired",
                      "validation.amount.notNegative",
                      "api.costItem.required",
                      "api.value.invalid",
                      "validation.amount.required");
              assertThat(e.messageKey()).isEqualTo("validation.title.required");
              assertThat(e.violations().get(2).arguments())
                  .containsExactly(
                      "DIGITALT",
                      "DIGITAL, GREEN_TRANSITION, PRODUCTION_RESTRUCTURING, NEW_MARKETS, HEALTH_SAFETY, LANGUAGE, OTHER");
            });
  }

  @Test
  void aMissingPurposeOrAmountIsRequiredNotInvalid() {
    assertThatThrownBy(() -> DraftContent.of("Tittel", "Beskrivelse", null, null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        FieldViolation.of("trainingPurpose", "validation.purpose.required"),
                        FieldViolation.of("amountApplied", "validation.amount.required")));
  }
}
