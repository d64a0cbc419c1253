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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.Money;

/** A queue filter a user saved under a name of their own; only that user sees and uses it. */
@Entity
@Table(name = "saved_filter")
@NamedQuery(
    name = "SavedFilter.of",
    query = "SELECT f FROM SavedFilter f WHERE f.username = :user ORDER BY f.name")
public class SavedFilter {

  public static final int NAME_MAXLENGTH = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "text_filter")
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private ApplicationStatus status;

  @Column(name = "round_id")
  private Long roundId;

  @Column(name = "assignee")
  private String assignee;

  @Column(name = "min_score", precision = 5, scale = 2)
  private BigDecimal minScore;

  @Column(name = "min_amount")
  private Money minAmount;

  @Column(name = "max_amount")
  private Money maxAmount;

  @Column(name = "industry")
  private String industry;

  @Column(name = "submitted_from")
  private LocalDate submittedFrom;

  @Column(name = "submitted_to")
  private LocalDate submittedTo;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SavedFilter() {}

  SavedFilter(String username, String name, QueueFilter filter, Instant createdAt) {
    this.username = username;
    this.name = name;
    this.createdAt = createdAt;
    replace(filter);
  }

  /** Saving again under the same name replaces what the filter holds. */
  void replace(QueueFilter filter) {
    this.text = filter.text();
    this.status = filter.status();
    this.roundId = filter.roundId();
    this.assignee = filter.assignee();
    this.minScore = filter.minScore();
    this.minAmount = filter.minAmount();
    this.maxAmount = filter.maxAmount();
    this.industry = filter.industry();
    this.submittedFrom = filter.submittedFrom();
    this.submittedTo = filter.submittedTo();
  }

  public QueueFilter filter() {
    return new QueueFilter(
        text,
        status,
        roundId,
        assignee,
        minScore,
        minAmount,
        maxAmount,
        industry,
        submittedFrom,
        submittedTo);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }
}
