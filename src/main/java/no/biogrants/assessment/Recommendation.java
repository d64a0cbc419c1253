package no.biogrants.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.Money;

/**
 * The caseworker's recommendation (innstilling): the amount, the budget line it draws on, the
 * state-aid basis and the conditions. The approver decides on the newest one; the recommender may
 * never decide it (four eyes).
 */
@Entity
@Table(name = "recommendation")
@NamedQuery(
    name = "Recommendation.forApplication",
    query =
        "SELECT r FROM Recommendation r WHERE r.applicationId = :application ORDER BY r.id DESC")
public class Recommendation {

  public static final int NOTE_MAXLENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Column(name = "amount", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "budget_line_id", nullable = false, updatable = false)
  private Long budgetLineId;

  @Column(name = "recommended_by", nullable = false, updatable = false)
  private String recommendedBy;

  @Column(name = "recommended_at", nullable = false, updatable = false)
  private Instant recommendedAt;

  @Column(name = "note", updatable = false, length = NOTE_MAXLENGTH)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "state_aid_basis", updatable = false)
  private StateAidBasis stateAidBasis;

  /** The conditions as the caseworker worded them for this case, in order. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "recommendation_condition",
      joinColumns = @JoinColumn(name = "recommendation_id"))
  @OrderColumn(name = "position")
  @Column(name = "wording", length = ConditionTemplate.WORDING_MAXLENGTH)
  private List<String> conditions = new ArrayList<>();

  protected Recommendation() {}

  Recommendation(
      Long applicationId,
      Money amount,
      Long budgetLineId,
      String recommendedBy,
      Instant recommendedAt,
      String note,
      StateAidBasis stateAidBasis,
      List<String> conditions) {
    this.stateAidBasis = stateAidBasis;
    this.conditions = new ArrayList<>(conditions);
    this.applicationId = applicationId;
    this.amount = amount;
    this.budgetLineId = budgetLineId;
    this.recommendedBy = recommendedBy;
    this.recommendedAt = recommendedAt;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Money getAmount() {
    return amount;
  }

  public Long getBudgetLineId() {
    return budgetLineId;
  }

  public String getRecommendedBy() {
    return recommendedBy;
  }

  public Instant getRecommendedAt() {
    return recommendedAt;
  }

  public String getNote() {
    return note;
  }

  /** The state-aid basis; recommendations made before it was recorded count as de minimis. */
  public StateAidBasis getStateAidBasis() {
    return stateAidBasis == null ? StateAidBasis.DE_MINIMIS : stateAidBasis;
  }

  public List<String> getConditions() {
    return List.copyOf(conditions);
  }
}
