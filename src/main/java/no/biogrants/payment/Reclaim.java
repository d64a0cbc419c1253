package no.biogrants.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import no.biogrants.shared.Money;

/**
 * A claim for repayment (tilbakebetalingskrav) with its reason; its RECLAIM entry returns the money
 * to the line.
 */
@Entity
@Table(name = "reclaim")
@NamedQuery(
    name = "Reclaim.forApplication",
    query = "SELECT r FROM Reclaim r WHERE r.applicationId = :application ORDER BY r.id")
public class Reclaim {

  public static final int REASON_MAXLENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Column(name = "amount", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "reason", nullable = false, updatable = false, length = REASON_MAXLENGTH)
  private String reason;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "ledger_entry_id", nullable = false, updatable = false)
  private Long ledgerEntryId;

  protected Reclaim() {}

  Reclaim(
      Long applicationId,
      Money amount,
      String reason,
      String decidedBy,
      Instant decidedAt,
      Long ledgerEntryId) {
    this.applicationId = applicationId;
    this.amount = amount;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.ledgerEntryId = ledgerEntryId;
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

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getLedgerEntryId() {
    return ledgerEntryId;
  }
}
