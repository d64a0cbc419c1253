package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import no.biogrants.assessment.Assessments;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.NorwegianFormat;

/**
 * The company's acceptance of a grant (aksept av vilkår) by the decision's deadline, and the lapse
 * of a grant nobody accepted in time: the case is cancelled and its commitment released to the
 * line. Accepting needs a bank account for the payments; the company registers it here once.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Acceptances {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  /**
   * The company accepts the grant and its conditions; {@code bankAccount} may be blank if one is
   * registered.
   */
  public GrantApplication accept(Actor actor, Long applicationId, String bankAccount) {
    GrantApplication application = applications.own(actor, applicationId);
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    Decision decision = grantDecision(application);
    LocalDate today = LocalDate.now(clock);
    if (decision.getAcceptanceDeadline() != null
        && today.isAfter(decision.getAcceptanceDeadline())) {
      throw new BusinessException("acceptance.deadlinePassed", decision.getAcceptanceDeadline());
    }
    if (bankAccount != null && !bankAccount.isBlank()) {
      application.getCompany().registerBankAccount(BankAccount.parse(bankAccount));
    } else if (application.getCompany().bankAccount().isEmpty()) {
      throw new InvalidInputException("validation.bankAccount.required");
    }
    application.accept(actor.username(), clock.instant());
    audit.record(
        actor.username(),
        "STATUS_ACCEPTED",
        "GrantApplication",
        applicationId,
        "decision "
            + decision.getId()
            + ", account "
            + application.getCompany().bankAccount().orElseThrow().formatted());
    return application;
  }

  /**
   * The company declines the grant (before accepting it): the case is cancelled and the commitment
   * released to the line at once.
   */
  public GrantApplication decline(Actor actor, Long applicationId) {
    GrantApplication application = applications.own(actor, applicationId);
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    Decision decision = grantDecision(application);
    application.cancelUnaccepted(actor.username(), clock.instant(), "Avslått av søkeren");
    OwnerBalance balance =
        ledger.balanceOf(decision.getBudgetLineId(), LedgerRef.grant(applicationId));
    if (balance.open().isPositive()) {
      ledger.release(
          decision.getBudgetLineId(),
          balance.open(),
          LedgerRef.grant(applicationId),
          actor.username(),
          "Tilskuddet ble avslått av søkeren");
    }
    audit.record(
        actor.username(),
        "STATUS_CANCELLED",
        "GrantApplication",
        applicationId,
        "declined by the company, released " + NorwegianFormat.money(balance.open()));
    return application;
  }

  /**
   * Cancels a grant whose acceptance deadline has passed without an acceptance, and releases its
   * commitment. Refused before the deadline.
   */
  public GrantApplication lapse(Actor actor, Long applicationId) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    assessments.caseOf(actor, applicationId);
    GrantApplication application =
        em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    Decision decision = grantDecision(application);
    LocalDate deadline = decision.getAcceptanceDeadline();
    if (deadline == null || !LocalDate.now(clock).isAfter(deadline)) {
      throw new BusinessException("acceptance.notYetLapsed", deadline);
    }
    application.cancelUnaccepted(
        actor.username(),
        clock.instant(),
        "Ikke akseptert innen " + NorwegianFormat.date(deadline));
    OwnerBalance balance =
        ledger.balanceOf(decision.getBudgetLineId(), LedgerRef.grant(applicationId));
    if (balance.open().isPositive()) {
      ledger.release(
          decision.getBudgetLineId(),
          balance.open(),
          LedgerRef.grant(applicationId),
          actor.username(),
          "Tilskuddet ble ikke akseptert innen fristen");
    }
    audit.record(
        actor.username(),
        "STATUS_CANCELLED",
        "GrantApplication",
        applicationId,
        "not accepted by "
            + NorwegianFormat.date(deadline)
            + ", released "
            + NorwegianFormat.money(balance.open()));
    return application;
  }

  private Decision grantDecision(GrantApplication application) {
    return decisions
        .currentGrant(application.getId())
        .orElseThrow(() -> new BusinessException("acceptance.noGrant"));
  }
}
