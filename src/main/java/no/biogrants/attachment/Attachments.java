package no.biogrants.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.audit.AuditLog;
import no.biogrants.casework.appeal.Appeal;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachments (vedlegg) of applications: PDFs only, judged by their content, up to the configured
 * size, stored with their owner. The company that owns the application adds, reads and deletes
 * them (adding and deleting only while the application may still be edited); the county's
 * caseworkers and approvers read them once the application is submitted. Anyone else is told
 * nothing exists. Every add, read and delete is audited on the owner.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Attachments {

  /** 10 MB: the default of {@code bio.attachments.max-bytes}. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private Applications applications;
  @Inject private Assessments assessments;

  @Inject
  @ConfigProperty(name = "bio.attachments.max-bytes", defaultValue = "10485760")
  private long maxBytes;

  /** The largest attachment accepted, in bytes (rule A2). */
  public long maxBytes() {
    return maxBytes;
  }

  /** Stores a PDF with its owner (rules A1-A7). */
  public AttachmentInfo add(
      Actor actor, OwnerType ownerType, Long ownerId, AttachmentKind kind, String fileName, byte[] content) {
    if (kind == null) {
      throw new InvalidInputException("attachment.kindRequired");
    }
    editableOwner(actor, ownerType, ownerId, kind);
    PdfCheck.check(content, maxBytes);
    Attachment attachment =
        new Attachment(
            ownerType, ownerId, kind, FileNames.sanitise(fileName), content, sha256(content), actor.username(), clock.instant());
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

  /** Removes an attachment while its owner may still be edited (rule A6). */
  public void delete(Actor actor, Long attachmentId) {
    Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
    AccessDeniedException.unless(attachment != null);
    editableOwner(actor, attachment.getOwnerType(), attachment.getOwnerId(), attachment.getKind());
    record(actor, "ATTACHMENT_DELETED", attachment);
    em.remove(attachment);
  }

  /**
   * The application behind the owner, if the actor may read the owner's attachments (rules A5,
   * A9): the company's representatives, or the county's caseworkers and approvers once it is
   * submitted (the same checks as the pages). An appeal's attachments go with its application.
   */
  private GrantApplication readableOwner(Actor actor, OwnerType ownerType, Long ownerId) {
    AccessDeniedException.unless(ownerId != null && ownerType != null && ownerType != OwnerType.PAYMENT_REQUEST);
    Long applicationId = ownerType == OwnerType.APPEAL ? appeal(ownerId).getApplicationId() : ownerId;
    if (actor.has(Role.APPLICANT)) {
      return applications.own(actor, applicationId);
    }
    return assessments.caseOf(actor, applicationId);
  }

  /**
   * The owner's application, if the actor's company owns it and it may still take this kind (rules
   * A5, A6, A9): an appeal takes documents while it is open.
   */
  private GrantApplication editableOwner(Actor actor, OwnerType ownerType, Long ownerId, AttachmentKind kind) {
    AccessDeniedException.unless(actor.has(Role.APPLICANT));
    GrantApplication application = readableOwner(actor, ownerType, ownerId);
    if (ownerType == OwnerType.APPEAL) {
      if (!appeal(ownerId).isOpen()) {
        throw new BusinessException("attachment.appealClosed");
      }
    } else if (!editable(application, kind)) {
      throw new BusinessException("attachment.notEditable", application.getStatus());
    }
    return application;
  }

  private Appeal appeal(Long id) {
    Appeal appeal = em.find(Appeal.class, id);
    AccessDeniedException.unless(appeal != null);
    return appeal;
  }

  /** The kinds that document payments: the participant list, invoices, the auditor's attestation. */
  static final java.util.Set<AttachmentKind> PAYMENT_DOCUMENTS =
      java.util.EnumSet.of(AttachmentKind.PARTICIPANT_LIST, AttachmentKind.INVOICES, AttachmentKind.AUDITOR_ATTESTATION);

  /**
   * An application takes its own attachments while it is a draft or the county waits for the
   * applicant; the payment documents while the grant is being paid (accepted, in progress, final
   * report sent) (rule A6).
   */
  static boolean editable(GrantApplication application, AttachmentKind kind) {
    ApplicationStatus status = application.getStatus();
    if (PAYMENT_DOCUMENTS.contains(kind)) {
      return status.isBeingPaid();
    }
    return status == ApplicationStatus.DRAFT || status == ApplicationStatus.AWAITING_APPLICANT;
  }

  private void record(Actor actor, String action, Attachment attachment) {
    audit.record(
        actor.username(),
        action,
        attachment.getOwnerType().auditEntityType(),
        attachment.getOwnerId(),
        "attachment " + attachment.getId() + " " + attachment.getKind() + " \"" + attachment.getFileName() + "\" "
            + attachment.getSizeBytes() + " bytes, SHA-256 " + attachment.getSha256());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
