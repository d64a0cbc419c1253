package no.biogrants.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.biogrants.audit.AuditEvent;
import no.biogrants.casework.CaseTrailPart;

/** Payment's lines of a case's audit trail: the events on the application's payment requests. */
@ApplicationScoped
public class PaymentTrail implements CaseTrailPart {

  @PersistenceContext private EntityManager em;

  @Override
  public List<AuditEvent> eventsOf(Long applicationId) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.entityType = 'PaymentRequest' AND e.entityId IN"
                + " (SELECT p.id FROM PaymentRequest p WHERE p.applicationId = :id)",
            AuditEvent.class)
        .setParameter("id", applicationId)
        .getResultList();
  }
}
