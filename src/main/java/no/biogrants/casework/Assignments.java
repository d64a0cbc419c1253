package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;

/** Who works on a case: a caseworker takes it or gives it to a colleague of the same county. */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Assignments {

  @PersistenceContext private EntityManager em;
  @Inject private Users users;
  @Inject private AuditLog audit;

  public void assign(Actor actor, Long applicationId, String assignee) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    GrantApplication application =
        em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    AccessDeniedException.unless(application != null && actor.worksIn(application.getCountyCode()));
    AppUser colleague = users.byUsername(assignee == null ? "" : assignee).orElse(null);
    if (colleague == null
        || !colleague.getRoles().contains(Role.CASEWORKER)
        || !application.getCountyCode().equals(colleague.getCountyCode())) {
      throw new BusinessException(
          "assignment.notACaseworkerOfTheCounty", assignee == null ? "" : assignee);
    }
    String before = application.getAssignee();
    application.assignTo(colleague.getUsername());
    audit.record(
        actor.username(),
        "ASSIGNED",
        "GrantApplication",
        applicationId,
        (before == null ? "-" : before) + " -> " + colleague.getUsername());
  }

  /** The caseworkers of the actor's county, who a case may be given to. */
  public List<AppUser> colleagues(Actor actor) {
    AccessDeniedException.unless(actor.countyCode() != null);
    return users.all().stream()
        .filter(
            u ->
                actor.countyCode().equals(u.getCountyCode())
                    && u.getRoles().contains(Role.CASEWORKER)
                    && u.isActive())
        .toList();
  }
}
