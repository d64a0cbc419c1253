package no.biogrants.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/** Two caseworkers' newest independent scores that differ by more than the margin. */
public record ScoreDivergence(
    String firstScorer,
    BigDecimal firstScore,
    String secondScorer,
    BigDecimal secondScore,
    BigDecimal difference,
    BigDecimal margin)
    implements Serializable {}
