package no.biogrants.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.Money;

/** The decision (vedtak) on an application, by an approver who did not recommend it. */
@Entity
@Table(name = "decision")
@NamedQuery(
    name = "Decision.forApplication",
    query = "SELECT d FROM Decision d WHERE d.applicationId = :application ORDER BY d.id DESC")
public class Decision {

  public static final int REASONS_MAXLENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false)
  private DecisionOutcome outcome;

  @Column(name = "amount", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "budget_line_id", updatable = false)
  private Long budgetLineId;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "reasons", nullable = false, updatable = false, length = REASONS_MAXLENGTH)
  private String reasons;

  /** Set when the political committee decided (above the delegation limit): its case number. */
  @Column(name = "committee_case_number", updatable = false, length = 40)
  private String committeeCaseNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "state_aid_basis", updatable = false)
  private StateAidBasis stateAidBasis;

  /** A grant lapses if the company has not accepted it by this day. */
  @Column(name = "acceptance_deadline", updatable = false)
  private LocalDate acceptanceDeadline;

  /** The recommendation decided on (its amount, basis and conditions). */
  @Column(name = "recommendation_id", updatable = false)
  private Long recommendationId;

  protected Decision() {}

  Decision(
      Long applicationId,
      DecisionOutcome outcome,
      Money amount,
      Long budgetLineId,
      String decidedBy,
      Instant decidedAt,
      String reasons,
      String committeeCaseNumber) {
    this.applicationId = applicationId;
    this.outcome = outcome;
    this.amount = amount;
    this.budgetLineId = budgetLineId;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.reasons = reasons;
    this.committeeCaseNumber = committeeCaseNumber;
  }

  /** The terms of a grant: what it was decided on, its state-aid basis and acceptance deadline. */
  void grantTerms(
      Long recommendationId, StateAidBasis stateAidBasis, LocalDate acceptanceDeadline) {
    this.recommendationId = recommendationId;
    this.stateAidBasis = stateAidBasis;
    this.acceptanceDeadline = acceptanceDeadline;
  }

  public boolean isGrant() {
    return outcome == DecisionOutcome.GRANTED || outcome == DecisionOutcome.PARTIALLY_GRANTED;
  }

  public StateAidBasis getStateAidBasis() {
    return stateAidBasis;
  }

  public LocalDate getAcceptanceDeadline() {
    return acceptanceDeadline;
  }

  public Long getRecommendationId() {
    return recommendationId;
  }

  public String getCommitteeCaseNumber() {
    return committeeCaseNumber;
  }

  public boolean isByCommittee() {
    return committeeCaseNumber != null;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public Money getAmount() {
    return amount;
  }

  public Long getBudgetLineId() {
    return budgetLineId;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReasons() {
    return reasons;
  }
}
