package no.biogrants.casework;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import no.biogrants.document.FileFormat;

/** A decision letter as stored with the case: one row per format, never changed. */
@Entity
@Table(name = "decision_letter")
@NamedQuery(
    name = "StoredLetter.of",
    query = "SELECT l FROM StoredLetter l WHERE l.decisionId = :decision AND l.format = :format")
public class StoredLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false, updatable = false)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_format", nullable = false, updatable = false)
  private FileFormat format;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StoredLetter() {}

  StoredLetter(
      Long decisionId,
      FileFormat format,
      String fileName,
      byte[] content,
      String sha256,
      Instant createdAt) {
    this.decisionId = decisionId;
    this.format = format;
    this.fileName = fileName;
    this.content = content.clone();
    this.sha256 = sha256;
    this.createdAt = createdAt;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public FileFormat getFormat() {
    return format;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
