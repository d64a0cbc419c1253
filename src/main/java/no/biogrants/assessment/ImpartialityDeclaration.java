package no.biogrants.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's declaration of (im)partiality for one case; made once and never changed. */
@Entity
@Table(name = "impartiality_declaration")
@NamedQuery(
    name = "ImpartialityDeclaration.of",
    query =
        "SELECT d FROM ImpartialityDeclaration d WHERE d.applicationId = :application AND d.username = :username")
@NamedQuery(
    name = "ImpartialityDeclaration.forApplication",
    query =
        "SELECT d FROM ImpartialityDeclaration d WHERE d.applicationId = :application ORDER BY d.id")
public class ImpartialityDeclaration {

  public static final int REASON_MAXLENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "conflicted", nullable = false, updatable = false)
  private boolean conflicted;

  @Column(name = "reason", updatable = false, length = REASON_MAXLENGTH)
  private String reason;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  protected ImpartialityDeclaration() {}

  ImpartialityDeclaration(
      Long applicationId, String username, boolean conflicted, String reason, Instant declaredAt) {
    this.applicationId = applicationId;
    this.username = username;
    this.conflicted = conflicted;
    this.reason = reason;
    this.declaredAt = declaredAt;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getUsername() {
    return username;
  }

  public boolean isConflicted() {
    return conflicted;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
