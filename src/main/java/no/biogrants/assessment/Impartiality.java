package no.biogrants.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;

/**
 * Conflict of interest (inhabilitet): a caseworker or approver declares, once per case, whether
 * they are disqualified, before they may see its content or act on it. A declared conflict bars
 * them from the case for good; the case shows who declared what.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Impartiality {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  public ImpartialityDeclaration declare(
      Actor actor, Long applicationId, boolean conflicted, String reason) {
    GrantApplication application = em.find(GrantApplication.class, applicationId);
    AccessDeniedException.unless(
        application != null
            && (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER))
            && actor.worksIn(application.getCountyCode()));
    if (conflicted && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("validation.impartiality.reasonRequired");
    }
    if (reason != null && reason.length() > ImpartialityDeclaration.REASON_MAXLENGTH) {
      throw new InvalidInputException(
          "validation.tooLong", ImpartialityDeclaration.REASON_MAXLENGTH);
    }
    if (declarationOf(actor, applicationId).isPresent()) {
      throw new BusinessException("impartiality.alreadyDeclared");
    }
    ImpartialityDeclaration declaration =
        new ImpartialityDeclaration(
            applicationId,
            actor.username(),
            conflicted,
            reason == null || reason.isBlank() ? null : reason.strip(),
            clock.instant());
    em.persist(declaration);
    em.flush();
    audit.record(
        actor.username(),
        conflicted ? "IMPARTIALITY_CONFLICT" : "IMPARTIALITY_NONE",
        "GrantApplication",
        applicationId,
        declaration.getReason());
    return declaration;
  }

  /** Refuses unless the actor has declared that they are not disqualified for this case. */
  public void requireImpartial(Actor actor, Long applicationId) {
    ImpartialityDeclaration declaration =
        declarationOf(actor, applicationId)
            .orElseThrow(() -> new BusinessException("impartiality.required"));
    if (declaration.isConflicted()) {
      throw new BusinessException("impartiality.conflicted");
    }
  }

  public Optional<ImpartialityDeclaration> declarationOf(Actor actor, Long applicationId) {
    return em.createNamedQuery("ImpartialityDeclaration.of", ImpartialityDeclaration.class)
        .setParameter("application", applicationId)
        .setParameter("username", actor.username())
        .getResultStream()
        .findFirst();
  }

  public List<ImpartialityDeclaration> declarationsFor(Long applicationId) {
    return em.createNamedQuery(
            "ImpartialityDeclaration.forApplication", ImpartialityDeclaration.class)
        .setParameter("application", applicationId)
        .getResultList();
  }
}
