package no.biogrants.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed gate overridden by a caseworker with a written reason; never changed or removed. */
@Entity
@Table(name = "gate_override")
public class GateOverride {

  public static final int REASON_MAXLENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "gate", nullable = false, updatable = false)
  private Gate gate;

  @Column(name = "reason", nullable = false, updatable = false, length = REASON_MAXLENGTH)
  private String reason;

  @Column(name = "overridden_by", nullable = false, updatable = false)
  private String overriddenBy;

  @Column(name = "overridden_at", nullable = false, updatable = false)
  private Instant overriddenAt;

  protected GateOverride() {}

  GateOverride(
      Long applicationId, Gate gate, String reason, String overriddenBy, Instant overriddenAt) {
    this.applicationId = applicationId;
    this.gate = gate;
    this.reason = reason;
    this.overriddenBy = overriddenBy;
    this.overriddenAt = overriddenAt;
  }

  public Gate getGate() {
    return gate;
  }

  public String getReason() {
    return reason;
  }

  public String getOverriddenBy() {
    return overriddenBy;
  }

  public Instant getOverriddenAt() {
    return overriddenAt;
  }
}
