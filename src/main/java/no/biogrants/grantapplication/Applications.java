package no.biogrants.grantapplication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;

/**
 * The applicant's side of an application: write a draft, change it, submit it, follow it. Only
 * users who represent the company may see or act on its applications.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Applications {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Companies companies;
  @Inject private Schemes schemes;
  @Inject private ReferenceNumbers referenceNumbers;
  @Inject private AuditLog audit;

  public GrantApplication createDraft(
      Actor actor, Long companyId, Long roundId, ApplicationContent content) {
    Company company = ownCompany(actor, companyId);
    FundingRound round = schemes.round(roundId);
    if (round == null || !round.getScheme().getCountyCode().equals(company.getCountyCode())) {
      throw new BusinessException("application.roundNotForCounty");
    }
    if (!round.isOpenOn(LocalDate.now(clock))) {
      throw new BusinessException("application.roundClosed", round.getName());
    }
    Instant now = clock.instant();
    GrantApplication application =
        new GrantApplication(round, company, content, actor.username(), now);
    em.persist(application);
    em.flush();
    audit.record(
        actor.username(),
        "STATUS_DRAFT",
        "GrantApplication",
        application.getId(),
        application.getTitle());
    return application;
  }

  public GrantApplication saveDraft(Actor actor, Long applicationId, ApplicationContent content) {
    GrantApplication application = own(actor, applicationId);
    return save(actor, application, content);
  }

  /**
   * Saves the draft only if it is still the version the caller read ({@code expectedVersion});
   * otherwise someone saved it in between and the caller gets a conflict, never a lost update.
   * Every save raises the version, also when only the cost plan changed.
   */
  public GrantApplication saveDraft(
      Actor actor, Long applicationId, ApplicationContent content, long expectedVersion) {
    GrantApplication application = own(actor, applicationId);
    if (application.getVersion() != expectedVersion) {
      throw new OptimisticLockException(application);
    }
    return save(actor, application, content);
  }

  private GrantApplication save(
      Actor actor, GrantApplication application, ApplicationContent content) {
    application.editDraft(content);
    em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record(actor.username(), "DRAFT_SAVED", "GrantApplication", application.getId(), null);
    return application;
  }

  /** A new draft with everything the form has so far. */
  public GrantApplication createDraft(
      Actor actor,
      Long companyId,
      Long roundId,
      ApplicationContent content,
      ApplicationDetails details) {
    GrantApplication application = createDraft(actor, companyId, roundId, content);
    application.editDetails(details);
    return application;
  }

  /**
   * Saves the whole draft as the form has it (every step saves everything), refusing a page that
   * was loaded before someone else's save ({@code expectedVersion}).
   */
  public GrantApplication saveDraft(
      Actor actor,
      Long applicationId,
      ApplicationContent content,
      ApplicationDetails details,
      long expectedVersion) {
    GrantApplication application = own(actor, applicationId);
    if (application.getVersion() != expectedVersion) {
      throw new OptimisticLockException(application);
    }
    application.editDetails(details);
    return save(actor, application, content);
  }

  /**
   * While a question is open: saves the parts it opened (the rest keeps its submitted values).
   * Called by the casework service that also records the answer.
   */
  public GrantApplication saveOnRequest(
      Actor actor,
      Long applicationId,
      ApplicationContent content,
      ApplicationDetails details,
      Set<ApplicationPart> open) {
    GrantApplication application = own(actor, applicationId);
    ApplicationParts.Merged merged =
        ApplicationParts.merge(
            application.content(), application.details(), content, details, open);
    application.editOnRequest(merged.content());
    application.editDetails(merged.details());
    audit.record(
        actor.username(), "CHANGED_ON_REQUEST", "GrantApplication", applicationId, "parts " + open);
    return application;
  }

  public GrantApplication submit(Actor actor, Long applicationId) {
    GrantApplication application = own(actor, applicationId);
    em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    LocalDate today = LocalDate.now(clock);
    application.checkSubmittable(today); // before a reference number is used up
    String reference = referenceNumbers.next(application.getCountyCode(), today.getYear());
    application.submit(reference, actor.username(), clock.instant(), today);
    audit.record(
        actor.username(), "STATUS_SUBMITTED", "GrantApplication", applicationId, reference);
    return application;
  }

  public GrantApplication withdraw(Actor actor, Long applicationId) {
    GrantApplication application = own(actor, applicationId);
    ApplicationStatus from = application.getStatus();
    application.withdraw(actor.username(), clock.instant());
    audit.record(
        actor.username(), "STATUS_WITHDRAWN", "GrantApplication", applicationId, "from " + from);
    return application;
  }

  /** The applications of every company the actor represents, newest first. */
  public List<GrantApplication> mine(Actor actor) {
    AccessDeniedException.unless(actor.has(Role.APPLICANT));
    List<Long> companyIds = companies.forUser(actor.userId()).stream().map(Company::getId).toList();
    if (companyIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("GrantApplication.forCompanies", GrantApplication.class)
        .setParameter("companyIds", companyIds)
        .getResultList();
  }

  /** One of the actor's own applications, with its history loaded. */
  public GrantApplication own(Actor actor, Long applicationId) {
    GrantApplication application = em.find(GrantApplication.class, applicationId);
    AccessDeniedException.unless(
        application != null
            && actor.has(Role.APPLICANT)
            && application.getCompany().isRepresentedBy(actor.userId()));
    application.getHistory().size();
    application.getCostPlanLines().size();
    return application;
  }

  private Company ownCompany(Actor actor, Long companyId) {
    Company company = companies.find(companyId);
    AccessDeniedException.unless(
        company != null && actor.has(Role.APPLICANT) && company.isRepresentedBy(actor.userId()));
    return company;
  }
}
