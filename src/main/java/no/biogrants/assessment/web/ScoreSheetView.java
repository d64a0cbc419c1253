package no.biogrants.assessment.web;

import java.util.List;
import no.biogrants.assessment.ScoreSheet;

/** A score sheet as the case page shows it: who, when, the total and each criterion's line. */
public class ScoreSheetView {

  private final ScoreSheet sheet;
  private final List<ScoreSheet.Scored> lines;

  public ScoreSheetView(ScoreSheet sheet, List<ScoreSheet.Scored> lines) {
    this.sheet = sheet;
    this.lines = List.copyOf(lines);
  }

  public ScoreSheet getSheet() {
    return sheet;
  }

  /** The criteria in the rubric's order, each with its score and justification. */
  public List<ScoreSheet.Scored> getLines() {
    return lines;
  }
}
