package no.biogrants.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.assessment.Assessments;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.CostComparison;
import no.biogrants.payment.PaymentCheck;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.PaymentRequestStatus;
import no.biogrants.payment.PaymentTerms;
import no.biogrants.payment.Payments;
import no.biogrants.payment.Reclaim;
import no.biogrants.payment.Reclaims;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.Money;
import org.omnifaces.cdi.Param;

/**
 * A grant's payments for the caseworker: the terms, what is paid and open on the ledger, each
 * payment request checked against the rules with approve and reject, and the end of the grant
 * (lapse when not accepted, reclaim, close).
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

  @Inject private ActiveUser activeUser;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private Acceptances acceptances;
  @Inject private Ledger ledger;
  @Inject private Clock clock;

  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private GrantApplication application;
  private Decision decision;
  private PaymentTerms terms;
  private OwnerBalance balance;
  private List<PaymentRequest> requests = List.of();
  private Map<Long, PaymentCheck> checks = new HashMap<>();
  private List<Reclaim> reclaimList = List.of();
  private String rejectionReason;
  private BigDecimal reclaimAmount;
  private String reclaimReason;
  private String closingNote;

  public void load() throws IOException {
    id = Pages.idOf(idParameter);
    application =
        id == null
            ? null
            : FacesActions.attempt(null, () -> assessments.caseOf(activeUser.actor(), id));
    decision = application == null ? null : decisions.currentGrant(id).orElse(null);
    if (decision == null) {
      Pages.notFound();
      return;
    }
    terms = payments.termsOf(application);
    balance = ledger.balanceOf(decision.getBudgetLineId(), LedgerRef.grant(id));
    requests = payments.requestsOf(id);
    checks = new HashMap<>();
    for (PaymentRequest request : requests) {
      if (request.isOpen()) {
        PaymentCheck check =
            FacesActions.attempt(null, () -> payments.check(activeUser.actor(), request.getId()));
        if (check != null) {
          checks.put(request.getId(), check);
        }
      }
    }
    reclaimList = reclaims.reclaimsOf(id);
  }

  public void approve(PaymentRequest request) {
    PaymentRequest done =
        FacesActions.attempt(
            null,
            () -> payments.approve(activeUser.actor(), request.getId(), request.getVersion()));
    if (done != null) {
      Messages.info(
          done.getStatus() == PaymentRequestStatus.PAID
              ? "payments.paid"
              : "payments.firstApproved",
          done.getAmount());
      reload();
    }
  }

  public void reject(PaymentRequest request) {
    if (FacesActions.attempt(
            "paymentsForm:rejectionReason",
            () -> payments.reject(activeUser.actor(), request.getId(), rejectionReason))
        != null) {
      Messages.info("payments.rejected");
      reload();
    }
  }

  public void reclaim() {
    Reclaim done =
        FacesActions.attemptAt(
            PaymentsPage::reclaimFieldOf,
            () ->
                reclaims.reclaim(
                    activeUser.actor(),
                    id,
                    reclaimAmount == null ? null : Money.of(reclaimAmount),
                    reclaimReason));
    if (done != null) {
      Messages.info("reclaim.done", done.getAmount());
      reload();
    }
  }

  public void close() {
    if (FacesActions.attempt(
            "closeForm:closingNote", () -> reclaims.close(activeUser.actor(), id, closingNote))
        != null) {
      Messages.info("close.done");
      reload();
    }
  }

  public void lapse() {
    if (FacesActions.attempt(null, () -> acceptances.lapse(activeUser.actor(), id)) != null) {
      Messages.info("acceptance.lapsed");
      reload();
    }
  }

  public PaymentCheck checkOf(PaymentRequest request) {
    return checks.get(request.getId());
  }

  public boolean isCanReclaim() {
    return activeUser.hasRole(Role.APPROVER)
        && balance.disbursed().isPositive()
        && application.getStatus().isBeingPaid();
  }

  public boolean isCanClose() {
    boolean finalPaid =
        requests.stream()
            .anyMatch(
                r ->
                    r.getKind() == PaymentKind.FINAL && r.getStatus() == PaymentRequestStatus.PAID);
    return (application.getStatus() == ApplicationStatus.FINAL_REPORTED && finalPaid)
        || application.getStatus() == ApplicationStatus.RECLAIMED;
  }

  public boolean isCanLapse() {
    return (application.getStatus() == ApplicationStatus.GRANTED
            || application.getStatus() == ApplicationStatus.PARTIALLY_GRANTED)
        && decision.getAcceptanceDeadline() != null
        && LocalDate.now(clock).isAfter(decision.getAcceptanceDeadline());
  }

  private void reload() {
    Pages.redirect("/payment/payments.xhtml?id=" + id);
  }

  /**
   * The field a refusal of the reclaim is about (by its message key); null: the top of the page.
   */
  private static String reclaimFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.amount.positive", "reclaim.aboveDisbursed" -> "reclaimForm:reclaimAmount";
      case "validation.reasons.required", "validation.tooLong" -> "reclaimForm:reclaimReason";
      default -> null;
    };
  }

  public GrantApplication getApplication() {
    return application;
  }

  /** The company's bank account as people write it, or null when none is registered. */
  public String getBankAccount() {
    return application.getCompany().bankAccount().map(BankAccount::formatted).orElse(null);
  }

  public Decision getDecision() {
    return decision;
  }

  public PaymentTerms getTerms() {
    return terms;
  }

  public OwnerBalance getBalance() {
    return balance;
  }

  /** The request's actual costs beside the plan, per category; null for a request without them. */
  public CostComparison comparisonOf(PaymentRequest request) {
    ActualCosts actual = request.getActualCosts();
    return actual == null ? null : CostComparison.of(application.costPlan(), actual);
  }

  public List<PaymentRequest> getRequests() {
    return requests;
  }

  public List<Reclaim> getReclaims() {
    return reclaimList;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public void setRejectionReason(String rejectionReason) {
    this.rejectionReason = rejectionReason;
  }

  public BigDecimal getReclaimAmount() {
    return reclaimAmount;
  }

  public void setReclaimAmount(BigDecimal reclaimAmount) {
    this.reclaimAmount = reclaimAmount;
  }

  public String getReclaimReason() {
    return reclaimReason;
  }

  public void setReclaimReason(String reclaimReason) {
    this.reclaimReason = reclaimReason;
  }

  public String getClosingNote() {
    return closingNote;
  }

  public void setClosingNote(String closingNote) {
    this.closingNote = closingNote;
  }
}
