package no.biogrants.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.assessment.ScoreDivergence;
import no.biogrants.assessment.ScoreSheet;
import no.biogrants.assessment.Scoring;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.scheme.RubricCriterion;

/**
 * The case page's scoring panel ({@code WEB-INF/includes/case/scoring.xhtml}): the score sheet on
 * the round's rubric, the moderated score when two caseworkers' scores differ too much, and the
 * score history.
 */
@Named
@ViewScoped
public class CaseScoringPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private Assessments assessments;

  private List<ScoreInput> scoreInputs = new ArrayList<>();
  private List<ScoreSheet> scoreHistory = List.of();
  private List<ScoreSheetView> sheets = List.of();
  private ScoreDivergence divergence;

  @PostConstruct
  void init() {
    Long id = openCase.id();
    scoreHistory = assessments.scoreHistory(id);
    divergence = assessments.divergence(id).orElse(null);
    List<RubricCriterion> rubric = openCase.application().getRound().getRubric();
    sheets =
        scoreHistory.stream().map(s -> new ScoreSheetView(s, s.inRubricOrder(rubric))).toList();
    for (RubricCriterion criterion : rubric) {
      scoreInputs.add(
          new ScoreInput(criterion.getId(), criterion.getCode(), criterion.getWeightPercent()));
    }
    ownNewestSheet().ifPresent(this::fillFrom);
  }

  /** The user's own newest sheet: the form shows what they saved (never a colleague's scores). */
  private Optional<ScoreSheet> ownNewestSheet() {
    String me = openCase.actor().username();
    return scoreHistory.stream().filter(s -> s.getScorer().equals(me)).findFirst();
  }

  private void fillFrom(ScoreSheet sheet) {
    for (ScoreInput input : scoreInputs) {
      sheet.getScores().stream()
          .filter(s -> s.getCriterionId().equals(input.getCriterionId()))
          .findFirst()
          .ifPresent(
              s -> {
                input.setScore(s.getScore());
                input.setJustification(s.getJustification());
              });
    }
  }

  public void score() {
    save(inputs -> assessments.score(openCase.actor(), openCase.id(), inputs), "case.scored");
  }

  /** Saves the scoring as the moderated score that settles the difference. */
  public void moderate() {
    save(inputs -> assessments.moderate(openCase.actor(), openCase.id(), inputs), "case.moderated");
  }

  private void save(Function<List<CriterionInput>, ScoreSheet> saving, String savedMessage) {
    if (openCase.changedMeanwhile()) {
      return;
    }
    List<CriterionInput> inputs =
        scoreInputs.stream()
            .map(s -> new CriterionInput(s.getCriterionId(), s.getScore(), s.getJustification()))
            .toList();
    ScoreSheet sheet =
        FacesActions.attemptFields(CaseScoringPage::scoreFieldOf, () -> saving.apply(inputs));
    if (sheet != null) {
      Messages.info(savedMessage, sheet.getTotal());
      openCase.reload();
    }
  }

  /**
   * A criterion's score or justification ({@code scores[i].score}, {@code scores[i].justification})
   * in its row.
   */
  private static String scoreFieldOf(String field) {
    Matcher row = Pattern.compile("scores\\[(\\d+)]\\.(score|justification)").matcher(field);
    return row.matches() ? "scoreForm:criteria:" + row.group(1) + ":" + row.group(2) : null;
  }

  public boolean isCanScore() {
    return openCase.mayAct(
        Role.CASEWORKER, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
  }

  /** The scale every criterion is scored on. */
  public List<Integer> getScale() {
    return IntStream.rangeClosed(Scoring.MIN, Scoring.MAX).boxed().toList();
  }

  public List<ScoreInput> getScoreInputs() {
    return scoreInputs;
  }

  public List<ScoreSheet> getScoreHistory() {
    return scoreHistory;
  }

  /** Every sheet, newest first, each with its criteria in the rubric's order. */
  public List<ScoreSheetView> getSheets() {
    return sheets;
  }

  /** The newest sheet (the case's score), or null before the first. */
  public ScoreSheetView getCurrentSheet() {
    return sheets.isEmpty() ? null : sheets.get(0);
  }

  /** The top of the scale, as in "4 av 5". */
  public int getMaxScore() {
    return Scoring.MAX;
  }

  public ScoreDivergence getDivergence() {
    return divergence;
  }
}
