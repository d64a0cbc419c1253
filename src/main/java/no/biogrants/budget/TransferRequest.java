package no.biogrants.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

/**
 * A request to move money between two lines of a county; booked only when another person approves.
 */
@Entity
@Table(name = "transfer_request")
public class TransferRequest {

  public static final int REASON_MAXLENGTH = 1000;

  /** Where a request stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  @Column(name = "from_line_id", nullable = false)
  private Long fromLineId;

  @Column(name = "to_line_id", nullable = false)
  private Long toLineId;

  @Column(name = "amount", nullable = false)
  private Money amount;

  @Column(name = "reason", nullable = false, length = REASON_MAXLENGTH)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status = Status.PENDING;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected TransferRequest() {}

  TransferRequest(
      String countyCode,
      Long fromLineId,
      Long toLineId,
      Money amount,
      String reason,
      String requestedBy,
      Instant requestedAt) {
    this.countyCode = countyCode;
    this.fromLineId = fromLineId;
    this.toLineId = toLineId;
    this.amount = amount;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /** Four eyes: the one who decides is never the one who asked. */
  void decide(Status outcome, String decider, Instant at) {
    if (status != Status.PENDING) {
      throw new BusinessException("transfer.alreadyDecided");
    }
    if (decider.equals(requestedBy)) {
      throw new BusinessException("transfer.fourEyes");
    }
    this.status = outcome;
    this.decidedBy = decider;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public Long getFromLineId() {
    return fromLineId;
  }

  public Long getToLineId() {
    return toLineId;
  }

  public Money getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
