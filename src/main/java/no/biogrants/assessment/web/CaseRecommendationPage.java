package no.biogrants.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.ConditionLibrary;
import no.biogrants.assessment.Recommendation;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.Money;

/**
 * The case page's recommendation panel ({@code WEB-INF/includes/case/recommendation.xhtml}): the
 * caseworker's recommendation (amount, note, state-aid basis and conditions from the library), and
 * the recommendation made.
 */
@Named
@ViewScoped
public class CaseRecommendationPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private Assessments assessments;
  @Inject private ConditionLibrary conditionLibrary;

  private Recommendation recommendation;
  private BigDecimal recommendedAmount;
  private String recommendationNote;
  private StateAidBasis stateAidBasis = StateAidBasis.DE_MINIMIS;
  private List<ConditionInput> conditions = new ArrayList<>();

  @PostConstruct
  void init() {
    GrantApplication application = openCase.application();
    recommendation = assessments.currentRecommendation(openCase.id()).orElse(null);
    fillConditions();
    recommendedAmount = application.getAmountApplied().min(application.maximumGrant()).amount();
  }

  public void recommend() {
    if (openCase.changedMeanwhile()) {
      return;
    }
    Recommendation made =
        FacesActions.attemptAt(
            CaseRecommendationPage::recommendationFieldOf,
            () ->
                assessments.recommend(
                    openCase.actor(),
                    openCase.id(),
                    recommendedAmount == null ? null : Money.of(recommendedAmount),
                    recommendationNote,
                    stateAidBasis,
                    ConditionInput.chosen(conditions)));
    if (made != null) {
      Messages.info("case.recommended", made.getAmount());
      openCase.reload();
    }
  }

  private static String recommendationFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.amount.positive", "rule.recommendationAboveMaximum" ->
          "recommendForm:amount";
      case "validation.tooLong" -> "recommendForm:note";
      case "stateAidBasis.required" -> "recommendForm:stateAidBasis";
      case "condition.required", "condition.tooMany" -> "recommendForm:conditions";
      default -> null;
    };
  }

  /**
   * Fills the conditions from the library for the chosen state-aid basis (all included, editable).
   */
  public void fillConditions() {
    conditions =
        ConditionInput.from(
            conditionLibrary.defaultsFor(openCase.application().getCountyCode(), stateAidBasis));
  }

  public boolean isCanRecommend() {
    return openCase.mayAct(Role.CASEWORKER, ApplicationStatus.IN_REVIEW)
        && openCase.application().getScore() != null;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public BigDecimal getRecommendedAmount() {
    return recommendedAmount;
  }

  public void setRecommendedAmount(BigDecimal recommendedAmount) {
    this.recommendedAmount = recommendedAmount;
  }

  public String getRecommendationNote() {
    return recommendationNote;
  }

  public void setRecommendationNote(String recommendationNote) {
    this.recommendationNote = recommendationNote;
  }

  public StateAidBasis[] getStateAidBases() {
    return StateAidBasis.values();
  }

  public StateAidBasis getStateAidBasis() {
    return stateAidBasis;
  }

  public void setStateAidBasis(StateAidBasis stateAidBasis) {
    this.stateAidBasis = stateAidBasis;
  }

  public List<ConditionInput> getConditions() {
    return conditions;
  }
}
