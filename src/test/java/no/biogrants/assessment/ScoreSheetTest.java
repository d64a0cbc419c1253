package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.biogrants.scheme.RubricCriterion;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

  @Test
  void scoresAreReadInTheRubricsOrderWhateverOrderTheyWereStoredIn() {
    List<RubricCriterion> rubric = ScoreSheets.defaultRubric();
    ScoreSheet sheet = ScoreSheets.sheet(rubric, List.of(14L, 11L, 16L, 12L, 15L, 13L));

    assertThat(sheet.inRubricOrder(rubric))
        .extracting(s -> s.criterion().getCode())
        .containsExactly(
            "RESTRUCTURING_NEED",
            "RELEVANCE",
            "PLAN_QUALITY",
            "FEASIBILITY",
            "PRIORITY_GROUPS",
            "COST_PER_PARTICIPANT");
    assertThat(sheet.inRubricOrder(rubric))
        .allSatisfy(
            s -> {
              assertThat(s.score().getCriterionId()).isEqualTo(s.criterion().getId());
              assertThat(s.score().getJustification())
                  .isEqualTo("Grunn " + s.criterion().getCode());
            });
  }

  @Test
  void aCriterionWithoutAScoreIsLeftOut() {
    List<RubricCriterion> rubric = ScoreSheets.defaultRubric();
    ScoreSheet sheet = ScoreSheets.sheet(rubric, List.of(13L, 11L));

    assertThat(sheet.inRubricOrder(rubric))
        .extracting(s -> s.criterion().getCode())
        .containsExactly("RESTRUCTURING_NEED", "PLAN_QUALITY");
  }
}
