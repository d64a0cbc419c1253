package no.biogrants.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One criterion of a round's rubric: a weight in percent, scored 1-5 with a justification. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id")
  private FundingRound round;

  /** Also the key of its name in the resource bundle: {@code criterion.<code>}. */
  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "weight_percent", nullable = false)
  private int weightPercent;

  @Column(name = "position", nullable = false)
  private int position;

  protected RubricCriterion() {}

  RubricCriterion(FundingRound round, String code, int weightPercent, int position) {
    this.round = round;
    this.code = code;
    this.weightPercent = weightPercent;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getWeightPercent() {
    return weightPercent;
  }

  public int getPosition() {
    return position;
  }
}
