package no.biogrants.assessment.web;

import java.io.Serializable;

/** One criterion's row on the scoring form. */
public class ScoreInput implements Serializable {

  private final Long criterionId;
  private final String code;
  private final int weightPercent;
  private Integer score;
  private String justification;

  public ScoreInput(Long criterionId, String code, int weightPercent) {
    this.criterionId = criterionId;
    this.code = code;
    this.weightPercent = weightPercent;
  }

  public Long getCriterionId() {
    return criterionId;
  }

  public String getCode() {
    return code;
  }

  public int getWeightPercent() {
    return weightPercent;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
