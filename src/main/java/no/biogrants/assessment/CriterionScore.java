package no.biogrants.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The score 1-5 of one criterion, with the caseworker's justification. */
@Entity
@Table(name = "criterion_score")
public class CriterionScore {

  public static final int JUSTIFICATION_MAXLENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "score_sheet_id", updatable = false)
  private ScoreSheet sheet;

  @Column(name = "criterion_id", nullable = false, updatable = false)
  private Long criterionId;

  @Column(name = "score", nullable = false, updatable = false)
  private int score;

  @Column(
      name = "justification",
      nullable = false,
      updatable = false,
      length = JUSTIFICATION_MAXLENGTH)
  private String justification;

  protected CriterionScore() {}

  CriterionScore(ScoreSheet sheet, Long criterionId, int score, String justification) {
    this.sheet = sheet;
    this.criterionId = criterionId;
    this.score = score;
    this.justification = justification;
  }

  public Long getCriterionId() {
    return criterionId;
  }

  public int getScore() {
    return score;
  }

  public String getJustification() {
    return justification;
  }
}
