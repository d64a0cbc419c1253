package no.biogrants.attachment;

import no.biogrants.identity.Actor;

/**
 * What attachments belong to, answered by the feature that owns it: who may read an owner's
 * attachments, and whether they may be added or deleted now (rules ATT-A5, ATT-A6, ATT-A9). One
 * bean per owner type, found by {@link Attachments} through CDI; an owner type without one
 * (PAYMENT_REQUEST) is refused like an unknown owner. So attachment needs neither the application
 * nor the appeal: they use it (grantapplication, casework → attachment).
 */
public interface AttachmentOwner {

  /** The owner type this bean answers for. */
  OwnerType type();

  /** Throws {@code AccessDeniedException} unless the actor may read the owner's attachments. */
  void requireReadable(Actor actor, Long ownerId);

  /**
   * Throws unless the actor may add and delete the owner's attachments of this kind now: {@code
   * AccessDeniedException} when they may not even read them, a {@code BusinessException} when the
   * owner is closed for changes.
   */
  void requireEditable(Actor actor, Long ownerId, AttachmentKind kind);
}
