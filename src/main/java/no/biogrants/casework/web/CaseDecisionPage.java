package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import no.biogrants.assessment.Recommendation;
import no.biogrants.assessment.web.CaseRecommendationPage;
import no.biogrants.assessment.web.OpenCase;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;

/**
 * The case page's decision panel ({@code WEB-INF/includes/case/decision.xhtml}): the approver's
 * decision on the recommendation (grant or reject, by the committee above the delegation limit), a
 * dismissal for formal errors, and the decision made with its letter.
 */
@Named
@ViewScoped
public class CaseDecisionPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private CaseRecommendationPage recommendationPanel;
  @Inject private Decisions decisions;

  private Decision decision;
  private String reasons;
  private String committeeCaseNumber;

  @PostConstruct
  void init() {
    decision = decisions.currentDecision(openCase.id()).orElse(null);
  }

  public void grant() {
    Decision made =
        decide(
            () -> decisions.grant(openCase.actor(), openCase.id(), reasons, committeeCaseNumber));
    if (made != null) {
      Messages.info("case.granted", made.getAmount());
      openCase.reload();
    }
  }

  public void reject() {
    if (decide(() -> decisions.reject(openCase.actor(), openCase.id(), reasons)) != null) {
      Messages.info("case.rejected");
      openCase.reload();
    }
  }

  public void dismiss() {
    if (decide(() -> decisions.dismiss(openCase.actor(), openCase.id(), reasons)) != null) {
      Messages.info("case.dismissed");
      openCase.reload();
    }
  }

  /** The decision made, or null: refused (its message is shown) or the case changed meanwhile. */
  private Decision decide(Supplier<Decision> deciding) {
    if (openCase.changedMeanwhile()) {
      return null;
    }
    return FacesActions.attemptAt(CaseDecisionPage::decisionFieldOf, deciding);
  }

  private static String decisionFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.reasons.required", "validation.tooLong" -> "decisionForm:reasons";
      case "decision.committeeCaseRequired" -> "decisionForm:committeeCase";
      default -> null;
    };
  }

  public boolean isCanDecide() {
    return openCase.mayAct(Role.APPROVER, ApplicationStatus.RECOMMENDED);
  }

  /** An approver may dismiss for formal errors before or after the recommendation. */
  public boolean isCanDismiss() {
    return openCase.mayAct(
        Role.APPROVER,
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.IN_REVIEW,
        ApplicationStatus.RECOMMENDED);
  }

  /** The recommended amount is above the delegation limit: the committee decides. */
  public boolean isCommitteeDecides() {
    Recommendation recommendation = recommendationPanel.getRecommendation();
    return recommendation != null
        && Decisions.aboveDelegationLimit(openCase.application(), recommendation.getAmount());
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  public String getCommitteeCaseNumber() {
    return committeeCaseNumber;
  }

  public void setCommitteeCaseNumber(String committeeCaseNumber) {
    this.committeeCaseNumber = committeeCaseNumber;
  }
}
