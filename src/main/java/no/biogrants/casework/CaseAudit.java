package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.biogrants.audit.AuditEvent;
import no.biogrants.identity.Role;

/**
 * A case's whole audit trail in one list, oldest first: the events on the application itself and on
 * everything that belongs to it (decisions and their letters, appeals; payment requests, which
 * payment adds as a {@link CaseTrailPart}).
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class CaseAudit {

  /** Oldest first; events of the same instant in the order they were written. */
  private static final Comparator<AuditEvent> OLDEST_FIRST =
      Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId);

  @PersistenceContext private EntityManager em;
  @Inject @Any private Instance<CaseTrailPart> parts;

  public List<AuditEvent> trailOf(Long applicationId) {
    List<AuditEvent> trail =
        new ArrayList<>(
            em.createQuery(
                    "SELECT e FROM AuditEvent e WHERE (e.entityType = 'GrantApplication' AND e.entityId = :id)"
                        + " OR (e.entityType = 'Decision' AND e.entityId IN (SELECT d.id FROM Decision d WHERE d.applicationId = :id))",
                    AuditEvent.class)
                .setParameter("id", applicationId)
                .getResultList());
    parts.forEach(part -> trail.addAll(part.eventsOf(applicationId)));
    trail.sort(OLDEST_FIRST);
    return trail;
  }
}
