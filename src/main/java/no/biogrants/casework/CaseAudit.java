package no.biogrants.casework;

import no.biogrants.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A case's whole audit trail in one list, oldest first: the events on the application itself and
 * on everything that belongs to it (decisions and their letters, payment requests, appeals).
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class CaseAudit {

  @PersistenceContext private EntityManager em;

  public List<no.biogrants.audit.AuditEvent> trailOf(Long applicationId) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE (e.entityType = 'GrantApplication' AND e.entityId = :id)"
                + " OR (e.entityType = 'Decision' AND e.entityId IN (SELECT d.id FROM Decision d WHERE d.applicationId = :id))"
                + " OR (e.entityType = 'PaymentRequest' AND e.entityId IN"
                + " (SELECT p.id FROM no.biogrants.payment.PaymentRequest p WHERE p.applicationId = :id))"
                + " ORDER BY e.occurredAt, e.id",
            no.biogrants.audit.AuditEvent.class)
        .setParameter("id", applicationId)
        .getResultList();
  }
}
