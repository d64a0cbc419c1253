package no.biogrants.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.scheme.RubricCriterion;

/**
 * One caseworker's scoring of one application on the round's rubric. Never changed after it is
 * written: scoring again makes a new sheet, and the newest is the current score.
 */
@Entity
@Table(name = "score_sheet")
@NamedQuery(
    name = "ScoreSheet.forApplication",
    query = "SELECT s FROM ScoreSheet s WHERE s.applicationId = :application ORDER BY s.id DESC")
public class ScoreSheet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Column(name = "scorer", nullable = false, updatable = false)
  private String scorer;

  @Column(name = "scored_at", nullable = false, updatable = false)
  private Instant scoredAt;

  @Column(name = "total", nullable = false, updatable = false, precision = 5, scale = 2)
  private BigDecimal total;

  /** A moderated score settles a difference between two independent scores. */
  @Column(name = "moderated", nullable = false, updatable = false)
  private boolean moderated;

  @OneToMany(mappedBy = "sheet", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<CriterionScore> scores = new ArrayList<>();

  protected ScoreSheet() {}

  ScoreSheet(
      Long applicationId, String scorer, Instant scoredAt, BigDecimal total, boolean moderated) {
    this.moderated = moderated;
    this.applicationId = applicationId;
    this.scorer = scorer;
    this.scoredAt = scoredAt;
    this.total = total;
  }

  void add(Long criterionId, int score, String justification) {
    scores.add(new CriterionScore(this, criterionId, score, justification));
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getScorer() {
    return scorer;
  }

  public Instant getScoredAt() {
    return scoredAt;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public boolean isModerated() {
    return moderated;
  }

  public List<CriterionScore> getScores() {
    return scores;
  }

  /**
   * The sheet's scores in the rubric's order (its criteria's positions), whatever order the scores
   * were stored in: the order a person reads them in on the case page and in the decision letter. A
   * criterion this sheet has no score for is left out.
   */
  public List<Scored> inRubricOrder(List<RubricCriterion> rubric) {
    Map<Long, CriterionScore> byCriterion = new HashMap<>();
    scores.forEach(s -> byCriterion.putIfAbsent(s.getCriterionId(), s));
    return rubric.stream()
        .sorted(Comparator.comparingInt(RubricCriterion::getPosition))
        .filter(c -> byCriterion.containsKey(c.getId()))
        .map(c -> new Scored(c, byCriterion.get(c.getId())))
        .toList();
  }

  /** One criterion of the rubric with its score and justification on this sheet. */
  public record Scored(RubricCriterion criterion, CriterionScore score) {

    /** For pages ({@code #{line.criterion.code}}). */
    public RubricCriterion getCriterion() {
      return criterion;
    }

    /** For pages ({@code #{line.score.justification}}). */
    public CriterionScore getScore() {
      return score;
    }
  }
}
