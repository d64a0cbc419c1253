package no.biogrants.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import no.biogrants.identity.Role;

/**
 * Writes the audit trail in the same transaction as the change it records: if the change rolls
 * back, so does its audit line, and no change commits without one.
 */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class AuditLog {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      String actor, String action, String entityType, long entityId, String details) {
    em.persist(new AuditEvent(clock.instant(), actor, action, entityType, entityId, details));
  }

  public List<AuditEvent> forEntity(String entityType, long entityId) {
    return em.createNamedQuery("AuditEvent.forEntity", AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .getResultList();
  }
}
