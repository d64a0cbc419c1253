package no.biogrants.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.scheme.Scheme;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * Payments of a grant: the company requests them, the caseworker checks each against {@link
 * PaymentRules} and approves or rejects it, and the approval books a DISBURSEMENT on the decision's
 * budget line. A payment above the scheme's four-eyes limit needs a second approval by an approver
 * other than the first. The first payment moves the case to IN_PROGRESS; the final request (with
 * the final report) to FINAL_REPORTED; paying it releases the commitment the final grant no longer
 * needs. The case is then closed, or money paid is reclaimed.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Payments {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private Decisions decisions;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  /**
   * The company asks for a payment with its accumulated actual costs per category; the documented
   * eligible costs are worked out from them (PAY-P2, PAY-P3).
   */
  public PaymentRequest request(
      Actor actor, Long applicationId, PaymentKind kind, ActualCosts costs, FinalReport report) {
    GrantApplication application = applications.own(actor, applicationId);
    if (kind == null) {
      throw new InvalidInputException(List.of(FieldViolation.of("kind", "payment.kindRequired")));
    }
    if (costs == null) {
      throw new InvalidInputException("payment.costsRequired");
    }
    if (kind == PaymentKind.FINAL) {
      FinalReport.requireComplete(report);
    }
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    ApplicationStatus status = application.getStatus();
    if (!status.isBeingPaid()
        || (kind == PaymentKind.PART && status == ApplicationStatus.FINAL_REPORTED)) {
      throw new BusinessException("payment.notPayableStatus", status);
    }
    requireNoOpenOrFinalPaid(applicationId);
    Instant now = clock.instant();
    PaymentRequest request =
        new PaymentRequest(
            applicationId,
            kind,
            costs,
            kind == PaymentKind.FINAL ? report.stripped() : null,
            actor.username(),
            now);
    em.persist(request);
    em.flush();
    if (kind == PaymentKind.FINAL && status != ApplicationStatus.FINAL_REPORTED) {
      application.reportFinal(actor.username(), now);
      audit.record(
          actor.username(),
          "STATUS_FINAL_REPORTED",
          "GrantApplication",
          applicationId,
          "payment request " + request.getId());
    }
    audit.record(
        actor.username(),
        "PAYMENT_REQUESTED",
        "PaymentRequest",
        request.getId(),
        kind
            + " documented "
            + NorwegianFormat.money(request.getDocumentedCosts())
            + " of actual "
            + NorwegianFormat.money(costs.total())
            + " on application "
            + applicationId);
    return request;
  }

  /** One request at a time, and none after the final payment. */
  private void requireNoOpenOrFinalPaid(Long applicationId) {
    List<PaymentRequest> earlier = requestsOf(applicationId);
    if (earlier.stream().anyMatch(PaymentRequest::isOpen)) {
      throw new BusinessException("payment.openRequest");
    }
    if (earlier.stream()
        .anyMatch(
            r -> r.getKind() == PaymentKind.FINAL && r.getStatus() == PaymentRequestStatus.PAID)) {
      throw new BusinessException("payment.finalPaid");
    }
  }

  /** The request checked against the rules as of now (what would be paid if approved). */
  public PaymentCheck check(Actor actor, Long requestId) {
    PaymentRequest request = caseRequest(actor, requestId);
    GrantApplication application = em.find(GrantApplication.class, request.getApplicationId());
    return check(application, request);
  }

  /**
   * Approves the request: pays it at once, or, above the scheme's four-eyes limit, records the
   * first approval and waits for a second approver. Refused when the rules' check finds a problem.
   */
  public PaymentRequest approve(Actor actor, Long requestId, long expectedVersion) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    PaymentRequest request = caseRequest(actor, requestId);
    GrantApplication application =
        em.find(GrantApplication.class, request.getApplicationId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(request);
    if (request.getVersion() != expectedVersion) {
      throw new OptimisticLockException(request);
    }
    impartiality.requireImpartial(actor, application.getId());
    PaymentCheck check = check(application, request);
    if (!check.approvable()) {
      throw new BusinessException(check.problems().get(0));
    }
    Instant now = clock.instant();
    Scheme scheme = application.getRound().getScheme();
    if (request.getStatus() == PaymentRequestStatus.FIRST_APPROVED) {
      AccessDeniedException.unless(actor.has(Role.APPROVER));
      if (actor.username().equals(request.getApprovals().getFirstApprovedBy())) {
        throw new BusinessException("payment.fourEyes");
      }
    } else if (check.payable().isGreaterThan(scheme.getPaymentFourEyesAbove())) {
      request.approveFirst(actor.username(), now, check.payable());
      audit.record(
          actor.username(),
          "PAYMENT_FIRST_APPROVED",
          "PaymentRequest",
          requestId,
          "amount "
              + NorwegianFormat.money(check.payable())
              + ", second approval needed above "
              + NorwegianFormat.money(scheme.getPaymentFourEyesAbove()));
      return request;
    }
    pay(actor, application, request, check, now);
    return request;
  }

  public PaymentRequest reject(Actor actor, Long requestId, String reason) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("validation.reasons.required");
    }
    if (reason.length() > PaymentRequest.REASON_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", PaymentRequest.REASON_MAXLENGTH);
    }
    PaymentRequest request = caseRequest(actor, requestId);
    impartiality.requireImpartial(actor, request.getApplicationId());
    em.lock(request, LockModeType.PESSIMISTIC_WRITE);
    request.reject(actor.username(), clock.instant(), reason.strip());
    audit.record(actor.username(), "PAYMENT_REJECTED", "PaymentRequest", requestId, reason.strip());
    return request;
  }

  public List<PaymentRequest> requestsOf(Long applicationId) {
    return em.createNamedQuery("PaymentRequest.forApplication", PaymentRequest.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  /** The county's requests waiting for a first or second approval, oldest first. */
  public List<PaymentRequest> awaiting(Actor actor) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    return em.createNamedQuery("PaymentRequest.awaiting", PaymentRequest.class)
        .setParameter("county", actor.countyCode())
        .getResultList();
  }

  /** Paid so far on the grant (disbursements less reclaims), from the ledger. */
  public Money paidSoFar(Long applicationId) {
    return grantDecision(applicationId)
        .map(d -> ledger.balanceOf(d.getBudgetLineId(), LedgerRef.grant(applicationId)).disbursed())
        .orElse(Money.ZERO);
  }

  /**
   * The grant's terms for payments: the granted amount, the planned eligible costs, share and
   * threshold.
   */
  public PaymentTerms termsOf(GrantApplication application) {
    Decision decision =
        grantDecision(application.getId())
            .orElseThrow(() -> new BusinessException("acceptance.noGrant"));
    Scheme scheme = application.getRound().getScheme();
    return new PaymentTerms(
        decision.getAmount(),
        application.costPlan().eligibleCosts(),
        scheme.getPartPaymentShare(),
        scheme.getAttestationThreshold());
  }

  private PaymentCheck check(GrantApplication application, PaymentRequest request) {
    return PaymentRules.check(
        termsOf(application),
        request.getKind(),
        request.getDocumentedCosts(),
        request.isAuditorAttested(),
        paidSoFar(application.getId()));
  }

  private void pay(
      Actor actor,
      GrantApplication application,
      PaymentRequest request,
      PaymentCheck check,
      Instant now) {
    Decision decision = grantDecision(application.getId()).orElseThrow();
    LedgerRef ref = LedgerRef.grant(application.getId());
    Long entryId = null;
    if (check.payable().isPositive()) {
      LedgerEntry entry =
          ledger.disburse(
              decision.getBudgetLineId(),
              check.payable(),
              ref,
              actor.username(),
              "Utbetaling " + application.getReference() + " (" + request.getKind() + ")");
      entryId = entry.getId();
    }
    request.paid(actor.username(), now, check.payable(), entryId);
    audit.record(
        actor.username(),
        "PAYMENT_PAID",
        "PaymentRequest",
        request.getId(),
        "amount "
            + NorwegianFormat.money(check.payable())
            + (entryId == null ? "" : ", ledger entry " + entryId));
    if (request.getKind() == PaymentKind.FINAL) {
      OwnerBalance balance = ledger.balanceOf(decision.getBudgetLineId(), ref);
      if (balance.open().isPositive()) {
        ledger.release(
            decision.getBudgetLineId(),
            balance.open(),
            ref,
            actor.username(),
            "Sluttutbetaling: ubrukt tilsagn frigjort");
      }
    } else if (application.getStatus() == ApplicationStatus.ACCEPTED) {
      application.startPayments(actor.username(), now, "Delutbetaling " + check.payable());
      audit.record(
          actor.username(),
          "STATUS_IN_PROGRESS",
          "GrantApplication",
          application.getId(),
          "payment request " + request.getId());
    }
  }

  private PaymentRequest caseRequest(Actor actor, Long requestId) {
    PaymentRequest request = em.find(PaymentRequest.class, requestId);
    AccessDeniedException.unless(request != null);
    assessments.caseOf(actor, request.getApplicationId());
    return request;
  }

  private Optional<Decision> grantDecision(Long applicationId) {
    return decisions.currentGrant(applicationId);
  }
}
