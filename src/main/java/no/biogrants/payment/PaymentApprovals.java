package no.biogrants.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who decided on a payment request and when: the first approval, the second one above the scheme's
 * four-eyes limit, or the rejection with its reason. Part of {@link PaymentRequest}'s row; every
 * column is empty until the request is decided.
 */
@Embeddable
public class PaymentApprovals implements Serializable {

  @Column(name = "first_approved_by")
  private String firstApprovedBy;

  @Column(name = "first_approved_at")
  private Instant firstApprovedAt;

  @Column(name = "second_approved_by")
  private String secondApprovedBy;

  @Column(name = "second_approved_at")
  private Instant secondApprovedAt;

  @Column(name = "rejected_by")
  private String rejectedBy;

  @Column(name = "rejected_at")
  private Instant rejectedAt;

  @Column(name = "rejection_reason", length = PaymentRequest.REASON_MAXLENGTH)
  private String rejectionReason;

  /** An approval: the first one, or the second when a first was given. */
  void approve(String actor, Instant now) {
    if (firstApprovedBy == null) {
      this.firstApprovedBy = actor;
      this.firstApprovedAt = now;
    } else {
      this.secondApprovedBy = actor;
      this.secondApprovedAt = now;
    }
  }

  void reject(String actor, Instant now, String reason) {
    this.rejectedBy = actor;
    this.rejectedAt = now;
    this.rejectionReason = reason;
  }

  /** When the request was approved for the last time (paid): the second approval, or the first. */
  public Instant getLastApprovedAt() {
    return secondApprovedAt != null ? secondApprovedAt : firstApprovedAt;
  }

  public String getFirstApprovedBy() {
    return firstApprovedBy;
  }

  public Instant getFirstApprovedAt() {
    return firstApprovedAt;
  }

  public String getSecondApprovedBy() {
    return secondApprovedBy;
  }

  public Instant getSecondApprovedAt() {
    return secondApprovedAt;
  }

  public String getRejectedBy() {
    return rejectedBy;
  }

  public Instant getRejectedAt() {
    return rejectedAt;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
