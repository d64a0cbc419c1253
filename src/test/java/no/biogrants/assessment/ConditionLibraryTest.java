package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import no.biogrants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The conditions a caseworker words for a recommendation. */
class ConditionLibraryTest {

  @Test
  void assR2_blankConditionsAreLeftOutAndTheRestKeptStrippedInOrder() {
    assertThat(
            ConditionLibrary.checkedConditions(
                Arrays.asList(
                    " Rapport innen 1. mars ", "", null, "  ", "Bruk midlene til opplæring")))
        .containsExactly("Rapport innen 1. mars", "Bruk midlene til opplæring");
    assertThat(ConditionLibrary.checkedConditions(null)).isEmpty();
  }

  @Test
  void assR2_atMostThirtyConditionsOfAtMostAThousandCharactersEach() {
    assertThat(ConditionLibrary.checkedConditions(Collections.nCopies(30, "Vilkår"))).hasSize(30);
    assertThat(ConditionLibrary.checkedConditions(List.of("x".repeat(1000))))
        .singleElement()
        .asString()
        .hasSize(1000);

    assertThatThrownBy(() -> ConditionLibrary.checkedConditions(Collections.nCopies(31, "Vilkår")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("condition.tooMany"));
    assertThatThrownBy(() -> ConditionLibrary.checkedConditions(List.of("x".repeat(1001))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("validation.tooLong"));
  }

  @Test
  void assR2_theRecommendationKeepsItsOwnCopyOfTheConditions() {
    List<String> worded = new ArrayList<>(List.of("Vilkår 1"));
    List<String> kept = ConditionLibrary.checkedConditions(worded);
    worded.add("Vilkår 2");

    assertThat(kept).containsExactly("Vilkår 1");
    assertThatThrownBy(() -> kept.add("Vilkår 3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
