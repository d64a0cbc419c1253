package no.biogrants.casework.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.biogrants.attachment.AttachmentKind;
import no.biogrants.attachment.AttachmentOwner;
import no.biogrants.attachment.OwnerType;
import no.biogrants.casework.ApplicationAttachments;
import no.biogrants.identity.Actor;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;

/**
 * An appeal's attachments (attachment rule A9): read and added like its application's, and the
 * company adds and deletes them while the appeal is open.
 */
@ApplicationScoped
public class AppealAttachments implements AttachmentOwner {

  @PersistenceContext private EntityManager em;
  @Inject private ApplicationAttachments applications;

  @Override
  public OwnerType type() {
    return OwnerType.APPEAL;
  }

  @Override
  public void requireReadable(Actor actor, Long appealId) {
    applications.readable(actor, appeal(appealId).getApplicationId());
  }

  @Override
  public void requireEditable(Actor actor, Long appealId, AttachmentKind kind) {
    requireReadable(actor, appealId);
    if (!appeal(appealId).isOpen()) {
      throw new BusinessException("attachment.appealClosed");
    }
  }

  private Appeal appeal(Long id) {
    Appeal appeal = em.find(Appeal.class, id);
    AccessDeniedException.unless(appeal != null);
    return appeal;
  }
}
