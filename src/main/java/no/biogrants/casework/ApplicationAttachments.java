package no.biogrants.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import no.biogrants.assessment.Assessments;
import no.biogrants.attachment.AttachmentKind;
import no.biogrants.attachment.AttachmentOwner;
import no.biogrants.attachment.OwnerType;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.BusinessException;

/**
 * An application's attachments (attachment rules A5, A6): the representatives of its company, or
 * the county's caseworkers and approvers once it is submitted (the same checks as the pages), and
 * changes only while the application may take the kind.
 */
@ApplicationScoped
public class ApplicationAttachments implements AttachmentOwner {

  /**
   * The kinds that document payments: the participant list, invoices, the auditor's attestation.
   */
  static final Set<AttachmentKind> PAYMENT_DOCUMENTS =
      EnumSet.of(
          AttachmentKind.PARTICIPANT_LIST,
          AttachmentKind.INVOICES,
          AttachmentKind.AUDITOR_ATTESTATION);

  @Inject private Applications applications;
  @Inject private Assessments assessments;

  @Override
  public OwnerType type() {
    return OwnerType.APPLICATION;
  }

  @Override
  public void requireReadable(Actor actor, Long applicationId) {
    readable(actor, applicationId);
  }

  @Override
  public void requireEditable(Actor actor, Long applicationId, AttachmentKind kind) {
    GrantApplication application = readable(actor, applicationId);
    if (!editable(application, kind)) {
      throw new BusinessException("attachment.notEditable", application.getStatus());
    }
  }

  /** The application, if the actor may read its attachments (rules A5, A9). */
  public GrantApplication readable(Actor actor, Long applicationId) {
    if (actor.has(Role.APPLICANT)) {
      return applications.own(actor, applicationId);
    }
    return assessments.caseOf(actor, applicationId);
  }

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
}
