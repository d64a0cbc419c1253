package no.biogrants.casework.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;

/**
 * Who may act on or see an application's appeals ({@link Appeals}): the party, a user of the
 * applicant company; or the county's caseworkers and approvers who are impartial in the case. An
 * action locks the application's row first, in the caller's transaction.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class AppealAccess {

  @PersistenceContext private EntityManager em;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;

  /** A user of the applicant company; the application row locked first. */
  public GrantApplication lockForParty(Actor actor, Long applicationId) {
    em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    return applications.own(actor, applicationId);
  }

  /**
   * A caseworker or approver of the application's county, impartial; the application row locked
   * first.
   */
  public GrantApplication lockForCounty(Actor actor, Long applicationId) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    GrantApplication application = assessments.caseOf(actor, applicationId);
    impartiality.requireImpartial(actor, applicationId);
    return application;
  }

  /** The party, or the county's staff impartial in the case, may see its appeals. */
  public void requireSight(Actor actor, Long applicationId) {
    if (actor.has(Role.APPLICANT)) {
      applications.own(actor, applicationId);
    } else {
      assessments.caseOf(actor, applicationId);
      impartiality.requireImpartial(actor, applicationId);
    }
  }
}
