package no.biogrants.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Immutable once written; there is no setter and no update. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.forEntity",
    query =
        "SELECT a FROM AuditEvent a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private long entityId;

  @Column(name = "details", updatable = false)
  private String details;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      long entityId,
      String details) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.details =
        details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public long getEntityId() {
    return entityId;
  }

  public String getDetails() {
    return details;
  }
}
