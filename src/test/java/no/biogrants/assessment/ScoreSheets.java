package no.biogrants.assessment;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.SchemeSetup;
import no.biogrants.scheme.TestSchemes;

/** Rubrics and score sheets for unit tests outside the assessment package (no database). */
public final class ScoreSheets {

  private ScoreSheets() {}

  /** The default rubric's six criteria in their order, with ids 11, 12, … as a database gives. */
  public static List<RubricCriterion> defaultRubric() {
    Scheme scheme = TestSchemes.bio(2020, "BIO 2020 Innlandet");
    FundingRound round =
        new FundingRound(
            scheme, "Løpende", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 1), true, 1L);
    long id = 11;
    for (Map.Entry<String, Integer> criterion : SchemeSetup.DEFAULT_RUBRIC.entrySet()) {
      withId(round.addCriterion(criterion.getKey(), criterion.getValue()), id++);
    }
    return round.getRubric();
  }

  /**
   * A sheet whose scores are stored in the given order of criterion ids (as the database may hand
   * them back), each scored {@code 1 + index in rubric % 5} with the justification "Grunn <code>".
   */
  public static ScoreSheet sheet(List<RubricCriterion> rubric, List<Long> storedOrder) {
    ScoreSheet sheet =
        new ScoreSheet(7L, "saksbehandler", Instant.parse("2026-12-01T10:15:00Z"), total(), false);
    for (Long id : storedOrder) {
      RubricCriterion criterion =
          rubric.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
      sheet.add(id, scoreOf(rubric, criterion), "Grunn " + criterion.getCode());
    }
    return sheet;
  }

  public static int scoreOf(List<RubricCriterion> rubric, RubricCriterion criterion) {
    return 1 + rubric.indexOf(criterion) % 5;
  }

  private static BigDecimal total() {
    return new BigDecimal("62.00");
  }

  private static void withId(RubricCriterion criterion, long id) {
    try {
      Field field = RubricCriterion.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(criterion, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
