package no.biogrants.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachments (vedlegg) of applications: PDFs only, judged by their content, up to the configured
 * size, stored with their owner. The company that owns the application adds, reads and deletes them
 * (adding and deleting only while the application may still be edited); the county's caseworkers
 * and approvers read them once the application is submitted. Anyone else is told nothing exists.
 * Every add, read and delete is audited on the owner. Who may read and change an owner's
 * attachments is the owner's feature's to say ({@link AttachmentOwner}).
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Attachments {

  /** 10 MB: the default of {@code bio.attachments.max-bytes}. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject @Any private Instance<AttachmentOwner> owners;

  @Inject
  @ConfigProperty(name = "bio.attachments.max-bytes", defaultValue = "10485760")
  private long maxBytes;

  /** The largest attachment accepted, in bytes (rule ATT-A2). */
  public long maxBytes() {
    return maxBytes;
  }

  /** Stores a PDF with its owner (rules ATT-A1–ATT-A7). */
  public AttachmentInfo add(
      Actor actor,
      OwnerType ownerType,
      Long ownerId,
      AttachmentKind kind,
      String fileName,
      byte[] content) {
    if (kind == null) {
      throw new InvalidInputException("attachment.kindRequired");
    }
    editableOwner(actor, ownerType, ownerId, kind);
    PdfCheck.check(content, maxBytes);
    Attachment attachment =
        new Attachment(
            ownerType,
            ownerId,
            kind,
            FileNames.sanitise(fileName),
            content,
            sha256(content),
            actor.username(),
            clock.instant());
    em.persist(attachment);
    em.flush();
    record(actor, "ATTACHMENT_ADDED", attachment);
    return attachment.info();
  }

  /** The owner's attachments, oldest first, without their content. */
  public List<AttachmentInfo> list(Actor actor, OwnerType ownerType, Long ownerId) {
    readableOwner(actor, ownerType, ownerId);
    return em.createNamedQuery("Attachment.listFor", AttachmentInfo.class)
        .setParameter("type", ownerType)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /** One attachment with its content, for download; the read is audited. */
  public AttachmentFile read(Actor actor, Long attachmentId) {
    Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
    AccessDeniedException.unless(attachment != null);
    readableOwner(actor, attachment.getOwnerType(), attachment.getOwnerId());
    record(actor, "ATTACHMENT_READ", attachment);
    return attachment.file();
  }

  /** Removes an attachment while its owner may still be edited (rule ATT-A6). */
  public void delete(Actor actor, Long attachmentId) {
    Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
    AccessDeniedException.unless(attachment != null);
    editableOwner(actor, attachment.getOwnerType(), attachment.getOwnerId(), attachment.getKind());
    record(actor, "ATTACHMENT_DELETED", attachment);
    em.remove(attachment);
  }

  /**
   * Refuses unless the actor may read the owner's attachments (rules ATT-A5, ATT-A9), as its owner
   * says.
   */
  private void readableOwner(Actor actor, OwnerType ownerType, Long ownerId) {
    owner(ownerType, ownerId).requireReadable(actor, ownerId);
  }

  /**
   * Refuses unless the actor's company may add and delete the owner's attachments of this kind now
   * (rules ATT-A5, ATT-A6, ATT-A9).
   */
  private void editableOwner(Actor actor, OwnerType ownerType, Long ownerId, AttachmentKind kind) {
    AccessDeniedException.unless(actor.has(Role.APPLICANT));
    owner(ownerType, ownerId).requireEditable(actor, ownerId, kind);
  }

  /**
   * The bean that answers for the owner type; none (PAYMENT_REQUEST) is refused like an unknown
   * owner.
   */
  private AttachmentOwner owner(OwnerType ownerType, Long ownerId) {
    AccessDeniedException.unless(ownerId != null && ownerType != null);
    AttachmentOwner owner =
        owners.stream().filter(o -> o.type() == ownerType).findFirst().orElse(null);
    AccessDeniedException.unless(owner != null);
    return owner;
  }

  private void record(Actor actor, String action, Attachment attachment) {
    audit.record(
        actor.username(),
        action,
        attachment.getOwnerType().auditEntityType(),
        attachment.getOwnerId(),
        "attachment "
            + attachment.getId()
            + " "
            + attachment.getKind()
            + " \""
            + attachment.getFileName()
            + "\" "
            + attachment.getSizeBytes()
            + " bytes, SHA-256 "
            + attachment.getSha256());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
