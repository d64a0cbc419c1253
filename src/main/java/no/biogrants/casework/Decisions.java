package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.assessment.Recommendation;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerRef;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * The approver's decision (vedtak). Four eyes: the approver is never the one who recommended. A
 * grant books the commitment on the recommended budget line in the same transaction; if the line
 * cannot carry it, nothing is decided. The application row is locked first, so two approvers
 * deciding the same case at once end with one decision and a clear refusal for the other.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Decisions {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Assessments assessments;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;
  @Inject private Impartiality impartiality;

  public Decision grant(Actor actor, Long applicationId, String reasons) {
    return grant(actor, applicationId, reasons, null);
  }

  /**
   * Grants the recommended amount. Above the scheme's delegation limit the political committee
   * decides: the approver records its decision, and the committee's case number is required.
   */
  public Decision grant(
      Actor actor, Long applicationId, String reasons, String committeeCaseNumber) {
    GrantApplication application = lockForDecision(actor, applicationId, reasons);
    Recommendation recommendation = recommendationOf(application, actor);
    Money amount = recommendation.getAmount();
    String committee =
        DecisionRules.committeeCaseNumber(
            amount, application.getRound().getScheme().getDelegationLimit(), committeeCaseNumber);
    Instant now = clock.instant();
    ApplicationStatus status = application.grant(amount, actor.username(), now, reasons.strip());
    Decision decision =
        new Decision(
            applicationId,
            DecisionRules.grantOutcome(status),
            amount,
            recommendation.getBudgetLineId(),
            actor.username(),
            now,
            reasons.strip(),
            committee);
    decision.grantTerms(
        recommendation.getId(),
        recommendation.getStateAidBasis(),
        DecisionRules.acceptanceDeadline(
            now, clock.getZone(), application.getRound().getScheme().getAcceptanceDays()));
    em.persist(decision);
    em.flush();
    audit.record(
        actor.username(),
        "STATUS_" + status.name(),
        "GrantApplication",
        applicationId,
        "decision "
            + decision.getId()
            + " amount "
            + NorwegianFormat.money(amount)
            + (committee == null ? "" : " committee case " + committee));
    // Money last: the line's row lock is held only for the booking and the commit, so grants on
    // one line queue for as short a time as possible. Nothing written before references the line.
    ledger.commit(
        recommendation.getBudgetLineId(), amount, LedgerRef.grant(applicationId), actor.username());
    return decision;
  }

  public Decision reject(Actor actor, Long applicationId, String reasons) {
    GrantApplication application = lockForDecision(actor, applicationId, reasons);
    recommendationOf(application, actor);
    Instant now = clock.instant();
    application.reject(actor.username(), now, reasons.strip());
    return recordWithoutMoney(actor, applicationId, DecisionOutcome.REJECTED, now, reasons);
  }

  /**
   * Dismisses the application for formal errors (avvisning): possible before or after the
   * recommendation, never by the person who recommended it; nothing is booked.
   */
  public Decision dismiss(Actor actor, Long applicationId, String reasons) {
    GrantApplication application = lockForApprover(actor, applicationId, reasons);
    if (application.getStatus() == ApplicationStatus.RECOMMENDED) {
      assessments
          .currentRecommendation(applicationId)
          .ifPresent(r -> DecisionRules.requireFourEyes(r.getRecommendedBy(), actor.username()));
    }
    Instant now = clock.instant();
    application.dismiss(actor.username(), now, reasons.strip());
    return recordWithoutMoney(actor, applicationId, DecisionOutcome.DISMISSED, now, reasons);
  }

  /** A decision that books nothing (rejected, dismissed), with its audit line. */
  private Decision recordWithoutMoney(
      Actor actor, Long applicationId, DecisionOutcome outcome, Instant now, String reasons) {
    Decision decision =
        new Decision(
            applicationId, outcome, Money.ZERO, null, actor.username(), now, reasons.strip(), null);
    em.persist(decision);
    em.flush();
    audit.record(
        actor.username(),
        "STATUS_" + outcome.name(),
        "GrantApplication",
        applicationId,
        "decision " + decision.getId());
    return decision;
  }

  public Optional<Decision> currentDecision(Long applicationId) {
    return em.createNamedQuery("Decision.forApplication", Decision.class)
        .setParameter("application", applicationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The current decision when it grants money (granted or partly granted). */
  public Optional<Decision> currentGrant(Long applicationId) {
    return currentDecision(applicationId).filter(Decision::isGrant);
  }

  public List<Decision> decisionsOf(Long applicationId) {
    return em.createNamedQuery("Decision.forApplication", Decision.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  private GrantApplication lockForDecision(Actor actor, Long applicationId, String reasons) {
    GrantApplication application = lockForApprover(actor, applicationId, reasons);
    DecisionRules.requireRecommended(application.getStatus());
    return application;
  }

  /**
   * True when the political committee must decide this amount (the one check, in {@link
   * DecisionRules}).
   */
  public static boolean aboveDelegationLimit(GrantApplication application, Money amount) {
    return DecisionRules.committeeDecides(
        amount, application.getRound().getScheme().getDelegationLimit());
  }

  /**
   * What every decision needs: an approver of the county who declared themselves impartial, and
   * written reasons. Takes the application's row lock first, so a second approver waits here and
   * then sees the first one's decision.
   */
  private GrantApplication lockForApprover(Actor actor, Long applicationId, String reasons) {
    AccessDeniedException.unless(actor.has(Role.APPROVER));
    DecisionRules.requireReasons(reasons);
    GrantApplication application =
        em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    AccessDeniedException.unless(application != null && actor.worksIn(application.getCountyCode()));
    impartiality.requireImpartial(actor, applicationId);
    return application;
  }

  private Recommendation recommendationOf(GrantApplication application, Actor actor) {
    Recommendation recommendation =
        assessments
            .currentRecommendation(application.getId())
            .orElseThrow(() -> new BusinessException("decision.noRecommendation"));
    DecisionRules.requireFourEyes(recommendation.getRecommendedBy(), actor.username());
    return recommendation;
  }
}
