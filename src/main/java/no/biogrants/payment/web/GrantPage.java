package no.biogrants.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Recommendation;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.PaymentRequestStatus;
import no.biogrants.payment.Payments;
import no.biogrants.shared.Money;
import org.omnifaces.cdi.Param;

/**
 * The company's side of a decided application: the decision and its letter, accepting the grant
 * (with the bank account), and asking for payments with the accumulated documented costs, the last
 * one with the final report.
 */
@Named
@ViewScoped
public class GrantPage implements Serializable {

  @Inject private ActiveUser activeUser;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private PaymentRequestPanel paymentRequestPanel;

  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private GrantApplication application;
  private Decision decision;
  private List<String> conditions = List.of();
  private List<PaymentRequest> requests = List.of();
  private Money paidSoFar = Money.ZERO;
  private String bankAccount;
  private boolean acceptConditions;

  public void load() throws IOException {
    id = Pages.idOf(idParameter);
    application =
        id == null
            ? null
            : FacesActions.attempt(null, () -> applications.own(activeUser.actor(), id));
    decision = application == null ? null : decisions.currentDecision(id).orElse(null);
    if (decision == null) {
      Pages.notFound();
      return;
    }
    if (decision.isGrant()) {
      conditions =
          assessments
              .currentRecommendation(id)
              .map(Recommendation::getConditions)
              .orElse(List.of());
      paidSoFar = payments.paidSoFar(id);
    }
    requests = payments.requestsOf(id);
    paymentRequestPanel.open(application, decision, paidSoFar);
    application.getCompany().bankAccount().ifPresent(a -> bankAccount = a.formatted());
  }

  public void accept() {
    if (!acceptConditions) {
      Messages.error("acceptForm:acceptConditions", "acceptance.confirmRequired");
      return;
    }
    if (FacesActions.attempt(
            "acceptForm:bankAccount", () -> acceptances.accept(activeUser.actor(), id, bankAccount))
        != null) {
      Messages.info("acceptance.accepted");
      reload();
    }
  }

  public void decline() {
    if (FacesActions.attempt(null, () -> acceptances.decline(activeUser.actor(), id)) != null) {
      Messages.info("acceptance.declined");
      reload();
    }
  }

  /**
   * Payment documents (participant list, invoices, attestation) are added while the grant is being
   * paid.
   */
  public boolean isPaymentDocumentsEditable() {
    return application.getStatus().isBeingPaid();
  }

  public boolean isCanAccept() {
    return application.getStatus() == ApplicationStatus.GRANTED
        || application.getStatus() == ApplicationStatus.PARTIALLY_GRANTED;
  }

  public boolean isCanRequestPayment() {
    boolean payable = application.getStatus().isBeingPaid();
    return payable
        && requests.stream().noneMatch(PaymentRequest::isOpen)
        && requests.stream()
            .noneMatch(
                r ->
                    r.getKind() == PaymentKind.FINAL && r.getStatus() == PaymentRequestStatus.PAID);
  }

  private void reload() {
    Pages.redirect("/payment/grant.xhtml?id=" + id);
  }

  public GrantApplication getApplication() {
    return application;
  }

  public Decision getDecision() {
    return decision;
  }

  public List<String> getConditions() {
    return conditions;
  }

  public List<PaymentRequest> getRequests() {
    return requests;
  }

  public Money getPaidSoFar() {
    return paidSoFar;
  }

  public String getBankAccount() {
    return bankAccount;
  }

  public void setBankAccount(String bankAccount) {
    this.bankAccount = bankAccount;
  }

  public boolean isAcceptConditions() {
    return acceptConditions;
  }

  public void setAcceptConditions(boolean acceptConditions) {
    this.acceptConditions = acceptConditions;
  }
}
