package no.biogrants.attachment;

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

/**
 * A PDF document stored with what it belongs to (an application, later a payment request or an
 * appeal): the bytes as uploaded, their size and SHA-256, the file name as given (made safe to show
 * and to send), who uploaded it and when. Never changed; removed only while its owner may still be
 * edited.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(
    name = "Attachment.listFor",
    query =
        "SELECT NEW no.biogrants.attachment.AttachmentInfo(a.id, a.kind, a.fileName, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt)"
            + " FROM Attachment a WHERE a.ownerType = :type AND a.ownerId = :owner ORDER BY a.uploadedAt, a.id")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_type", nullable = false, updatable = false)
  private OwnerType ownerType;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private Long ownerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private AttachmentKind kind;

  @Column(name = "file_name", nullable = false, updatable = false, length = FileNames.MAXLENGTH)
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  Attachment(
      OwnerType ownerType,
      Long ownerId,
      AttachmentKind kind,
      String fileName,
      byte[] content,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.ownerType = ownerType;
    this.ownerId = ownerId;
    this.kind = kind;
    this.fileName = fileName;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  AttachmentInfo info() {
    return new AttachmentInfo(id, kind, fileName, sizeBytes, sha256, uploadedBy, uploadedAt);
  }

  AttachmentFile file() {
    return new AttachmentFile(fileName, content, sha256);
  }

  public Long getId() {
    return id;
  }

  public OwnerType getOwnerType() {
    return ownerType;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a && id != null && id.equals(a.id);
  }

  @Override
  public int hashCode() {
    return Attachment.class.hashCode();
  }
}
