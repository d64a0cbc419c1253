package no.biogrants.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.StatusTransitions;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * The end of a grant: a reclaim (tilbakebetaling) of part or all of what was paid, decided by an
 * approver with a reason, which returns the money to the line and ends the grant (the commitment
 * not paid out is released too); and closing the case once the final payment is made or the reclaim
 * decided.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Reclaims {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private Decisions decisions;
  @Inject private Payments payments;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  public Reclaim reclaim(Actor actor, Long applicationId, Money amount, String reason) {
    AccessDeniedException.unless(actor.has(Role.APPROVER));
    checkInput(amount, reason);
    GrantApplication application = lockedCase(actor, applicationId);
    if (!application.getStatus().isBeingPaid()) {
      throw new BusinessException("reclaim.notReclaimable", application.getStatus());
    }
    if (payments.requestsOf(applicationId).stream().anyMatch(PaymentRequest::isOpen)) {
      throw new BusinessException("payment.openRequest");
    }
    Decision decision = grantDecision(applicationId);
    LedgerRef ref = LedgerRef.grant(applicationId);
    OwnerBalance before = ledger.balanceOf(decision.getBudgetLineId(), ref);
    if (amount.isGreaterThan(before.disbursed())) {
      throw new BusinessException("reclaim.aboveDisbursed", before.disbursed());
    }
    Instant now = clock.instant();
    LedgerEntry entry =
        ledger.reclaim(
            decision.getBudgetLineId(),
            amount,
            ref,
            actor.username(),
            "Tilbakebetaling: " + reason.strip());
    OwnerBalance after = ledger.balanceOf(decision.getBudgetLineId(), ref);
    if (after.open().isPositive()) {
      ledger.release(
          decision.getBudgetLineId(),
          after.open(),
          ref,
          actor.username(),
          "Tilskuddet avsluttet ved tilbakebetaling");
    }
    application.reclaim(actor.username(), now, reason.strip());
    Reclaim reclaim =
        new Reclaim(applicationId, amount, reason.strip(), actor.username(), now, entry.getId());
    em.persist(reclaim);
    em.flush();
    audit.record(
        actor.username(),
        "STATUS_RECLAIMED",
        "GrantApplication",
        applicationId,
        "reclaim "
            + reclaim.getId()
            + " amount "
            + NorwegianFormat.money(amount)
            + ", paid before "
            + NorwegianFormat.money(before.disbursed())
            + ", released "
            + NorwegianFormat.money(after.open()));
    return reclaim;
  }

  private static void checkInput(Money amount, String reason) {
    if (amount == null || !amount.isPositive()) {
      throw new InvalidInputException("validation.amount.positive");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("validation.reasons.required");
    }
    if (reason.length() > Reclaim.REASON_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", Reclaim.REASON_MAXLENGTH);
    }
  }

  /**
   * Closes the case: after the final payment is made (FINAL_REPORTED with its final request paid),
   * or after a reclaim. Nothing of the commitment may be left open.
   */
  public GrantApplication close(Actor actor, Long applicationId, String note) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    if (note != null && note.length() > Reclaim.REASON_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", Reclaim.REASON_MAXLENGTH);
    }
    GrantApplication application = lockedCase(actor, applicationId);
    StatusTransitions.check(application.getStatus(), ApplicationStatus.CLOSED);
    boolean finalPaid =
        payments.requestsOf(applicationId).stream()
            .anyMatch(
                r ->
                    r.getKind() == PaymentKind.FINAL && r.getStatus() == PaymentRequestStatus.PAID);
    if (application.getStatus() == ApplicationStatus.FINAL_REPORTED && !finalPaid) {
      throw new BusinessException("close.finalNotPaid");
    }
    Decision decision = grantDecision(applicationId);
    OwnerBalance balance =
        ledger.balanceOf(decision.getBudgetLineId(), LedgerRef.grant(applicationId));
    if (balance.open().isPositive()) {
      throw new BusinessException("close.commitmentOpen", balance.open());
    }
    String reason = note == null || note.isBlank() ? null : note.strip();
    application.close(actor.username(), clock.instant(), reason);
    audit.record(
        actor.username(),
        "STATUS_CLOSED",
        "GrantApplication",
        applicationId,
        "paid " + NorwegianFormat.money(balance.disbursed()));
    return application;
  }

  public List<Reclaim> reclaimsOf(Long applicationId) {
    return em.createNamedQuery("Reclaim.forApplication", Reclaim.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  private GrantApplication lockedCase(Actor actor, Long applicationId) {
    assessments.caseOf(actor, applicationId);
    GrantApplication application =
        em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    impartiality.requireImpartial(actor, applicationId);
    return application;
  }

  private Decision grantDecision(Long applicationId) {
    return decisions
        .currentGrant(applicationId)
        .orElseThrow(() -> new BusinessException("acceptance.noGrant"));
  }
}
