package no.biogrants.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.biogrants.shared.InvalidInputException;

/**
 * The rubric arithmetic: each criterion scored 1-5 with a weight in percent (weights sum to 100). A
 * score of 1 counts as 0 % of the criterion and 5 as 100 %, so the weighted score runs from 0 (all
 * ones) to 100 (all fives): Σ weight × (score − 1) / 4, rounded HALF_UP to two decimals.
 */
public final class Scoring {

  public static final int MIN = 1;
  public static final int MAX = 5;

  private Scoring() {}

  public record Scored(int weightPercent, int score) {
    public Scored {
      if (weightPercent <= 0) {
        throw new IllegalArgumentException(
            "A rubric weight must be positive, was " + weightPercent);
      }
      if (score < MIN || score > MAX) {
        throw new InvalidInputException("validation.score.range", MIN, MAX);
      }
    }
  }

  public static BigDecimal weightedScore(List<Scored> scores) {
    int weightSum = scores.stream().mapToInt(Scored::weightPercent).sum();
    if (weightSum != 100) {
      throw new IllegalArgumentException("Rubric weights sum to " + weightSum + ", not 100");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Scored s : scores) {
      sum = sum.add(BigDecimal.valueOf((long) s.weightPercent() * (s.score() - MIN)));
    }
    return sum.divide(BigDecimal.valueOf(MAX - MIN), 2, RoundingMode.HALF_UP);
  }
}
