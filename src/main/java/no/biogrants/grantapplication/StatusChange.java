package no.biogrants.grantapplication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an application's history: from, to, who, when and why. Never changed. */
@Entity
@Table(name = "status_change")
public class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private GrantApplication application;

  /** The step's place in the application's history: 1, 2, 3 … */
  @Column(name = "seq", nullable = false, updatable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private ApplicationStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private ApplicationStatus to;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  /**
   * The column's width; a longer reason (e.g. a decision's) is kept whole on the decision itself.
   */
  public static final int REASON_MAXLENGTH = 1000;

  @Column(name = "reason", updatable = false, length = REASON_MAXLENGTH)
  private String reason;

  protected StatusChange() {}

  StatusChange(
      GrantApplication application,
      int sequence,
      ApplicationStatus from,
      ApplicationStatus to,
      String actor,
      Instant changedAt,
      String reason) {
    this.application = application;
    this.sequence = sequence;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.changedAt = changedAt;
    this.reason =
        reason == null || reason.length() <= REASON_MAXLENGTH
            ? reason
            : reason.substring(0, REASON_MAXLENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public int getSequence() {
    return sequence;
  }

  public ApplicationStatus getFrom() {
    return from;
  }

  public ApplicationStatus getTo() {
    return to;
  }

  public String getActor() {
    return actor;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getReason() {
    return reason;
  }

  /**
   * A reason as the history keeps it: stripped, blank as none (StatusChange cuts it to its column).
   */
  static String forHistory(String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }
}
