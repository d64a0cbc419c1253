package no.biogrants.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Recommendation;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.CostComparison;
import no.biogrants.payment.FinalReport;
import no.biogrants.payment.PaymentCheck;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.PaymentRequestStatus;
import no.biogrants.payment.PaymentRules;
import no.biogrants.payment.Payments;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

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

  private Long id;
  private GrantApplication application;
  private Decision decision;
  private List<String> conditions = List.of();
  private List<PaymentRequest> requests = List.of();
  private Money paidSoFar = Money.ZERO;
  private String bankAccount;
  private boolean acceptConditions;
  private PaymentKind kind = PaymentKind.PART;
  private List<ActualCostInput> costs = List.of();
  private Integer participants;
  private Integer trainingHours;
  private String report;
  private boolean auditorAttested;
  private String auditorName;

  public void load() throws IOException {
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
    CostPlan plan = application.costPlan();
    costs =
        Arrays.stream(CostCategory.values())
            .map(c -> new ActualCostInput(c, plan.costsIn(c)))
            .toList();
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

  /** The actual costs as typed now beside the plan, or null while nothing valid is typed. */
  public CostComparison getComparison() {
    ActualCosts typed = typedOrNull();
    return typed == null ? null : CostComparison.of(application.costPlan(), typed);
  }

  /**
   * What the rules would pay for the request as typed now (part share, cut when costs are short).
   */
  public PaymentCheck getPreview() {
    ActualCosts typed = typedOrNull();
    if (typed == null || !decision.isGrant()) {
      return null;
    }
    try {
      return PaymentRules.check(
          payments.termsOf(application), kind, typed.eligible(), auditorAttested, paidSoFar);
    } catch (BusinessException e) {
      return null;
    }
  }

  public void requestPayment() {
    FinalReport finalReport =
        kind == PaymentKind.FINAL
            ? new FinalReport(
                participants == null ? 0 : participants,
                trainingHours == null ? 0 : trainingHours,
                report,
                auditorAttested,
                auditorName)
            : null;
    PaymentRequest made =
        FacesActions.attemptFields(
            this::clientIdOf,
            () -> payments.request(activeUser.actor(), id, kind, typedCosts(), finalReport));
    if (made != null) {
      Messages.info("payments.requested");
      reload();
    }
  }

  /** The form's field for a violation's field: a category's row, or the final report's inputs. */
  private String clientIdOf(String field) {
    for (int i = 0; i < costs.size(); i++) {
      if (field.equals(ActualCosts.field(costs.get(i).getCategory()))) {
        return "paymentForm:costs:" + i + ":actual";
      }
    }
    return switch (field) {
      case "kind", "report", "participants", "trainingHours", "auditorName" ->
          "paymentForm:" + field;
      default -> "paymentForm:costs:0:actual";
    };
  }

  private ActualCosts typedCosts() {
    Map<CostCategory, Money> typed = new EnumMap<>(CostCategory.class);
    for (ActualCostInput row : costs) {
      if (row.getActual() != null) {
        typed.put(
            row.getCategory(), Money.of(row.getActual().setScale(Money.SCALE, Money.ROUNDING)));
      }
    }
    return new ActualCosts(typed);
  }

  private ActualCosts typedOrNull() {
    try {
      return typedCosts();
    } catch (BusinessException e) {
      return null;
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

  public PaymentKind[] getKinds() {
    return application.getStatus() == ApplicationStatus.FINAL_REPORTED
        ? new PaymentKind[] {PaymentKind.FINAL}
        : PaymentKind.values();
  }

  private void reload() {
    Pages.redirect("/payment/grant.xhtml?id=" + id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public PaymentKind getKind() {
    return kind;
  }

  public void setKind(PaymentKind kind) {
    this.kind = kind;
  }

  public List<ActualCostInput> getCosts() {
    return costs;
  }

  public Integer getParticipants() {
    return participants;
  }

  public void setParticipants(Integer participants) {
    this.participants = participants;
  }

  public Integer getTrainingHours() {
    return trainingHours;
  }

  public void setTrainingHours(Integer trainingHours) {
    this.trainingHours = trainingHours;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public boolean isAuditorAttested() {
    return auditorAttested;
  }

  public void setAuditorAttested(boolean auditorAttested) {
    this.auditorAttested = auditorAttested;
  }

  public String getAuditorName() {
    return auditorName;
  }

  public void setAuditorName(String auditorName) {
    this.auditorName = auditorName;
  }
}
