package no.biogrants.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.biogrants.casework.Decision;
import no.biogrants.grantapplication.ApplicationStatus;
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
import no.biogrants.payment.PaymentRules;
import no.biogrants.payment.Payments;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

/**
 * The payment request form on the grant page (payment/grant.xhtml, include
 * payment-request-form.xhtml): the accumulated actual costs per category beside the plan, what the
 * rules would pay for them as typed, and the final report with the last request. {@link GrantPage}
 * opens it for the grant it shows.
 */
@Named
@ViewScoped
public class PaymentRequestPanel implements Serializable {

  @Inject private ActiveUser activeUser;
  @Inject private Payments payments;

  private GrantApplication application;
  private Decision decision;
  private Money paidSoFar = Money.ZERO;
  private PaymentKind kind = PaymentKind.PART;
  private List<ActualCostInput> costs = List.of();
  private Integer participants;
  private Integer trainingHours;
  private String report;
  private boolean auditorAttested;
  private String auditorName;

  /** The form for the grant's application, its decision and what is paid on it so far. */
  void open(GrantApplication application, Decision decision, Money paidSoFar) {
    this.application = application;
    this.decision = decision;
    this.paidSoFar = paidSoFar;
    CostPlan plan = application.costPlan();
    costs =
        Arrays.stream(CostCategory.values())
            .map(c -> new ActualCostInput(c, plan.costsIn(c)))
            .toList();
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
    Long id = application.getId();
    PaymentRequest made =
        FacesActions.attemptFields(
            this::clientIdOf,
            () -> payments.request(activeUser.actor(), id, kind, typedCosts(), finalReport));
    if (made != null) {
      Messages.info("payments.requested");
      Pages.redirect("/payment/grant.xhtml?id=" + id);
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

  public PaymentKind[] getKinds() {
    return application.getStatus() == ApplicationStatus.FINAL_REPORTED
        ? new PaymentKind[] {PaymentKind.FINAL}
        : PaymentKind.values();
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
