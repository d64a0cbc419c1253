package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.biogrants.assessment.Scoring.Scored;
import no.biogrants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringTest {

  private static final int[] DEFAULT_WEIGHTS = {25, 20, 20, 15, 10, 10};

  private static List<Scored> rubric(int[] weights, int... scores) {
    List<Scored> list = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      list.add(new Scored(weights[i], scores[i]));
    }
    return list;
  }

  @Test
  void assS2_allOnesGiveZero() {
    assertThat(Scoring.weightedScore(rubric(DEFAULT_WEIGHTS, 1, 1, 1, 1, 1, 1)))
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void assS2_allFivesGiveOneHundred() {
    assertThat(Scoring.weightedScore(rubric(DEFAULT_WEIGHTS, 5, 5, 5, 5, 5, 5)))
        .isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void assS2_defaultWeightsWithMixedScores() {
    // (25×4 + 20×3 + 20×2 + 15×1 + 10×0 + 10×4) / 4 = 255 / 4 = 63.75
    assertThat(Scoring.weightedScore(rubric(DEFAULT_WEIGHTS, 5, 4, 3, 2, 1, 5)))
        .isEqualTo(new BigDecimal("63.75"));
  }

  @Test
  void assS2_quarterPointsAreKeptExactlyAtTwoDecimals() {
    // (33×1 + 33×0 + 34×0) / 4 = 33 / 4 = 8.25
    assertThat(Scoring.weightedScore(rubric(new int[] {33, 33, 34}, 2, 1, 1)))
        .isEqualTo(new BigDecimal("8.25"));
    // (33×3 + 33×2 + 34×0) / 4 = 165 / 4 = 41.25
    assertThat(Scoring.weightedScore(rubric(new int[] {33, 33, 34}, 4, 3, 1)))
        .isEqualTo(new BigDecimal("41.25"));
    // (33×1 + 33×1 + 34×1) / 4 = 25 ; (33×0 + 33×0 + 34×3) / 4 = 102 / 4 = 25.50
    assertThat(Scoring.weightedScore(rubric(new int[] {33, 33, 34}, 2, 2, 2)))
        .isEqualTo(new BigDecimal("25.00"));
    assertThat(Scoring.weightedScore(rubric(new int[] {33, 33, 34}, 1, 1, 4)))
        .isEqualTo(new BigDecimal("25.50"));
    // (1×1 + 99×0) / 4 = 0.25 ; (3×1 + 97×0) / 4 = 0.75
    assertThat(Scoring.weightedScore(rubric(new int[] {1, 99}, 2, 1)))
        .isEqualTo(new BigDecimal("0.25"));
    assertThat(Scoring.weightedScore(rubric(new int[] {3, 97}, 2, 1)))
        .isEqualTo(new BigDecimal("0.75"));
  }

  /**
   * With integer weights and scores the sum Σ w × (s − 1) is an integer and is divided by 4, so the
   * result is always a whole number of quarters: two decimals are always exact and the HALF_UP
   * rounding never changes a value. Checked over many random rubrics.
   */
  @Test
  void assS2_resultIsAlwaysExactlyTheIntegerSumDividedByFour() {
    Random random = new Random(20_240_305L);
    for (int round = 0; round < 500; round++) {
      int criteria = 1 + random.nextInt(8);
      int[] weights = new int[criteria];
      int[] scores = new int[criteria];
      int left = 100;
      for (int i = 0; i < criteria - 1; i++) {
        weights[i] = 1 + random.nextInt(left - (criteria - 1 - i));
        left -= weights[i];
      }
      weights[criteria - 1] = left;
      long sum = 0;
      for (int i = 0; i < criteria; i++) {
        scores[i] = 1 + random.nextInt(5);
        sum += (long) weights[i] * (scores[i] - 1);
      }

      BigDecimal result = Scoring.weightedScore(rubric(weights, scores));

      assertThat(result.scale()).isEqualTo(2);
      assertThat(result.multiply(BigDecimal.valueOf(4)))
          .isEqualByComparingTo(BigDecimal.valueOf(sum));
      assertThat(result).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    }
  }

  @Test
  void schS3_aZeroOrNegativeWeightIsRefusedEvenWhenTheWeightsSumToOneHundred() {
    assertThatThrownBy(() -> Scoring.weightedScore(rubric(new int[] {150, -50}, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scoring.weightedScore(rubric(new int[] {100, 0}, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schS3_weightsNotSummingToOneHundredAreRefused() {
    assertThatThrownBy(
            () ->
                Scoring.weightedScore(rubric(new int[] {25, 20, 20, 15, 10, 9}, 3, 3, 3, 3, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99");
    assertThatThrownBy(() -> Scoring.weightedScore(rubric(new int[] {50, 51}, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
  }

  @Test
  void schS3_emptyRubricIsRefused() {
    assertThatThrownBy(() -> Scoring.weightedScore(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, 100})
  void assS2_schS3_scoreOutsideOneToFiveIsRefused(int score) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new Scored(20, score));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.score.range");
    assertThat(e.arguments()).containsExactly(1, 5);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void assS2_schS3_scoresOneToFiveAreAccepted(int score) {
    assertThat(new Scored(20, score).score()).isEqualTo(score);
  }
}
