package no.biogrants.casework.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.ConditionLibrary;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.assessment.Gate;
import no.biogrants.assessment.GateResult;
import no.biogrants.assessment.Gates;
import no.biogrants.assessment.Impartiality;
import no.biogrants.assessment.ImpartialityDeclaration;
import no.biogrants.assessment.Recommendation;
import no.biogrants.assessment.ScoreDivergence;
import no.biogrants.assessment.ScoreSheet;
import no.biogrants.assessment.Scoring;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.casework.Assignments;
import no.biogrants.casework.CaseAudit;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.casework.InfoRequests;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.InfoRequest;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Formats;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.MessageKey;
import no.biogrants.shared.Money;

/**
 * One case: the application, its scoring on the round's rubric, the recommendation and (for the
 * approver) the decision. What the user may do follows from the status and their role.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private ActiveUser activeUser;
  @Inject private Impartiality impartiality;
  @Inject private Assignments assignments;
  @Inject private Gates gates;
  @Inject private InfoRequests infoRequests;
  @Inject private ConditionLibrary conditionLibrary;
  @Inject private AuditLog audit;
  @Inject private CaseAudit caseAudit;
  @Inject private Formats formats;

  private Long id;
  private GrantApplication application;
  private long loadedVersion;
  private List<ScoreInput> scoreInputs = new ArrayList<>();
  private List<ScoreSheet> scoreHistory = List.of();
  private Recommendation recommendation;
  private Decision decision;
  private BigDecimal recommendedAmount;
  private String recommendationNote;
  private StateAidBasis stateAidBasis = StateAidBasis.DE_MINIMIS;
  private List<ConditionInput> conditions = new ArrayList<>();
  private String reasons;
  private String committeeCaseNumber;
  private String conflictReason;
  private String assignTo;
  private List<GateResult> gateResults = List.of();
  private ScoreDivergence divergence;
  private List<InfoRequest> questions = List.of();
  private String question;
  private ApplicationPart[] questionParts = new ApplicationPart[0];
  private LocalDate questionDeadline;
  private Gate overrideGate;
  private String overrideReason;
  private List<AppUser> colleagues = List.of();
  private ImpartialityDeclaration myDeclaration;
  private List<ImpartialityDeclaration> declarations = List.of();

  public void load() throws IOException {
    Actor actor = activeUser.actor();
    application =
        id == null ? null : FacesActions.attempt(null, () -> assessments.caseOf(actor, id));
    if (application == null) {
      Pages.notFound();
      return;
    }
    loadedVersion = application.getVersion();
    myDeclaration = impartiality.declarationOf(actor, id).orElse(null);
    declarations = impartiality.declarationsFor(id);
    if (actor.countyCode() != null) {
      colleagues = assignments.colleagues(actor);
    }
    assignTo = application.getAssignee();
    if (isContentVisible()) {
      gateResults = gates.evaluate(actor, id);
    }
    scoreHistory = assessments.scoreHistory(id);
    divergence = assessments.divergence(id).orElse(null);
    questions = infoRequests.requestsOf(id);
    recommendation = assessments.currentRecommendation(id).orElse(null);
    decision = decisions.currentDecision(id).orElse(null);
    scoreInputs = new ArrayList<>();
    for (RubricCriterion criterion : application.getRound().getRubric()) {
      scoreInputs.add(
          new ScoreInput(criterion.getId(), criterion.getCode(), criterion.getWeightPercent()));
    }
    if (conditions.isEmpty()) {
      fillConditions();
    }
    if (recommendedAmount == null) {
      recommendedAmount = application.getAmountApplied().min(application.maximumGrant()).amount();
    }
  }

  public void overrideGate() {
    if (changedMeanwhile()) {
      return;
    }
    if (FacesActions.attemptAt(
            CasePage::gateFieldOf,
            () -> {
              gates.override(activeUser.actor(), id, overrideGate, overrideReason);
              return true;
            })
        != null) {
      Messages.info("gate.overridden");
      reload();
    }
  }

  public List<GateResult> getGateResults() {
    return gateResults;
  }

  public List<Gate> getFailedGates() {
    return gateResults.stream().filter(g -> !g.cleared()).map(GateResult::gate).toList();
  }

  public Gate getOverrideGate() {
    return overrideGate;
  }

  public void setOverrideGate(Gate overrideGate) {
    this.overrideGate = overrideGate;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public void assign() {
    if (changedMeanwhile()) {
      return;
    }
    if (FacesActions.attempt(
        "assignForm:assignTo", () -> assignments.assign(activeUser.actor(), id, assignTo))) {
      Messages.info("case.assigned", assignTo);
      reload();
    }
  }

  public void takeIt() {
    if (changedMeanwhile()) {
      return;
    }
    assignTo = activeUser.getUsername();
    assign();
  }

  public List<AppUser> getColleagues() {
    return colleagues;
  }

  public String getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }

  /** The user declares they are not disqualified (inhabil) for this case. */
  public void declareImpartial() {
    if (FacesActions.attempt(null, () -> impartiality.declare(activeUser.actor(), id, false, null))
        != null) {
      reload();
    }
  }

  /** The user declares a conflict of interest: they can never act on this case. */
  public void declareConflict() {
    if (FacesActions.attempt(
            "impartialityForm:conflictReason",
            () -> impartiality.declare(activeUser.actor(), id, true, conflictReason))
        != null) {
      Messages.info("impartiality.conflictDeclared");
      reload();
    }
  }

  /** The content is shown only to someone who has declared themselves impartial. */
  public boolean isContentVisible() {
    return myDeclaration != null && !myDeclaration.isConflicted();
  }

  public boolean isDeclarationNeeded() {
    return myDeclaration == null;
  }

  public boolean isConflicted() {
    return myDeclaration != null && myDeclaration.isConflicted();
  }

  public List<ImpartialityDeclaration> getDeclarations() {
    return declarations;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public void setConflictReason(String conflictReason) {
    this.conflictReason = conflictReason;
  }

  public void score() {
    if (changedMeanwhile()) {
      return;
    }
    List<CriterionInput> inputs =
        scoreInputs.stream()
            .map(s -> new CriterionInput(s.getCriterionId(), s.getScore(), s.getJustification()))
            .toList();
    ScoreSheet sheet =
        FacesActions.attemptFields(
            CasePage::scoreFieldOf, () -> assessments.score(activeUser.actor(), id, inputs));
    if (sheet != null) {
      Messages.info("case.scored", sheet.getTotal());
      reload();
    }
  }

  public void ask() {
    if (changedMeanwhile()) {
      return;
    }
    if (FacesActions.attemptAt(
            CasePage::questionFieldOf,
            () ->
                infoRequests.ask(
                    activeUser.actor(), id, question, questionDeadline, Set.of(questionParts)))
        != null) {
      Messages.info("info.asked");
      reload();
    }
  }

  public boolean isCanAsk() {
    return isContentVisible()
        && activeUser.hasRole(Role.CASEWORKER)
        && (application.getStatus() == ApplicationStatus.SUBMITTED
            || application.getStatus() == ApplicationStatus.IN_REVIEW);
  }

  public List<InfoRequest> getQuestions() {
    return questions;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public LocalDate getQuestionDeadline() {
    return questionDeadline;
  }

  public void setQuestionDeadline(LocalDate questionDeadline) {
    this.questionDeadline = questionDeadline;
  }

  /** Saves the scoring as the moderated score that settles the difference. */
  public void moderate() {
    if (changedMeanwhile()) {
      return;
    }
    List<CriterionInput> inputs =
        scoreInputs.stream()
            .map(s -> new CriterionInput(s.getCriterionId(), s.getScore(), s.getJustification()))
            .toList();
    ScoreSheet sheet =
        FacesActions.attemptFields(
            CasePage::scoreFieldOf, () -> assessments.moderate(activeUser.actor(), id, inputs));
    if (sheet != null) {
      Messages.info("case.moderated", sheet.getTotal());
      reload();
    }
  }

  /** The recommended amount is above the delegation limit: the committee decides. */
  public boolean isCommitteeDecides() {
    return recommendation != null
        && Decisions.aboveDelegationLimit(application, recommendation.getAmount());
  }

  public String getCommitteeCaseNumber() {
    return committeeCaseNumber;
  }

  public void setCommitteeCaseNumber(String committeeCaseNumber) {
    this.committeeCaseNumber = committeeCaseNumber;
  }

  public ScoreDivergence getDivergence() {
    return divergence;
  }

  public void recommend() {
    if (changedMeanwhile()) {
      return;
    }
    Recommendation made =
        FacesActions.attemptAt(
            CasePage::recommendationFieldOf,
            () ->
                assessments.recommend(
                    activeUser.actor(),
                    id,
                    recommendedAmount == null ? null : Money.of(recommendedAmount),
                    recommendationNote,
                    stateAidBasis,
                    ConditionInput.chosen(conditions)));
    if (made != null) {
      Messages.info("case.recommended", made.getAmount());
      reload();
    }
  }

  /**
   * Fills the conditions from the library for the chosen state-aid basis (all included, editable).
   */
  public void fillConditions() {
    conditions =
        ConditionInput.from(
            conditionLibrary.defaultsFor(application.getCountyCode(), stateAidBasis));
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

  public void grant() {
    if (changedMeanwhile()) {
      return;
    }
    Decision made =
        FacesActions.attemptAt(
            CasePage::decisionFieldOf,
            () -> decisions.grant(activeUser.actor(), id, reasons, committeeCaseNumber));
    if (made != null) {
      Messages.info("case.granted", made.getAmount());
      reload();
    }
  }

  public void dismiss() {
    if (changedMeanwhile()) {
      return;
    }
    Decision made =
        FacesActions.attemptAt(
            CasePage::decisionFieldOf, () -> decisions.dismiss(activeUser.actor(), id, reasons));
    if (made != null) {
      Messages.info("case.dismissed");
      reload();
    }
  }

  /** An approver may dismiss for formal errors before or after the recommendation. */
  public boolean isCanDismiss() {
    return isContentVisible()
        && activeUser.hasRole(Role.APPROVER)
        && EnumSet.of(
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.IN_REVIEW,
                ApplicationStatus.RECOMMENDED)
            .contains(application.getStatus());
  }

  public void reject() {
    if (changedMeanwhile()) {
      return;
    }
    Decision made =
        FacesActions.attemptAt(
            CasePage::decisionFieldOf, () -> decisions.reject(activeUser.actor(), id, reasons));
    if (made != null) {
      Messages.info("case.rejected");
      reload();
    }
  }

  /**
   * True when someone else changed the case after this page was loaded: nothing of this user's is
   * saved; they are told who changed it, when and what it is now, and the page shows the new state.
   */
  private boolean changedMeanwhile() {
    GrantApplication now =
        FacesActions.attempt(null, () -> assessments.caseOf(activeUser.actor(), id));
    if (now == null || now.getVersion() == loadedVersion) {
      return false;
    }
    List<AuditEvent> trail = audit.forEntity("GrantApplication", id);
    AuditEvent last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
    Messages.error(
        null,
        "error.changedMeanwhile",
        last == null ? "" : last.getActor(),
        last == null ? "" : formats.date(last.getOccurredAt()),
        last == null ? "" : whatChanged(last.getAction()),
        now.getStatus());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    reload();
    return true;
  }

  /**
   * Everything recorded about the case, oldest first: its own events, its decisions (and who read
   * their letters), its payment requests and its appeals.
   */
  public List<AuditEvent> getAuditTrail() {
    if (auditTrail == null) {
      auditTrail = caseAudit.trailOf(id);
    }
    return auditTrail;
  }

  private List<AuditEvent> auditTrail;

  public ApplicationPart[] getQuestionParts() {
    return questionParts;
  }

  public void setQuestionParts(ApplicationPart[] questionParts) {
    this.questionParts = questionParts == null ? new ApplicationPart[0] : questionParts;
  }

  public ApplicationPart[] getApplicationParts() {
    return ApplicationPart.values();
  }

  /** A status change by its status's label; anything else as "another change". */
  private static Object whatChanged(String action) {
    if (action.startsWith("STATUS_")) {
      try {
        return ApplicationStatus.valueOf(action.substring("STATUS_".length()));
      } catch (IllegalArgumentException e) {
        // not a status: fall through
      }
    }
    return new MessageKey("error.changedOther");
  }

  private void reload() {
    Pages.redirect("/casework/case.xhtml?id=" + id);
  }

  /**
   * The field a refusal of the gate override is about (by its message key); null: the top of the
   * page.
   */
  private static String gateFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.gate.required", "gate.notFailed", "gate.alreadyOverridden" ->
          "gateForm:overrideGate";
      case "validation.gate.reasonRequired", "validation.tooLong" -> "gateForm:overrideReason";
      default -> null;
    };
  }

  private static String questionFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.info.deadlineFuture" -> "infoForm:questionDeadline";
      case "validation.info.questionRequired", "validation.tooLong" -> "infoForm:question";
      default -> null;
    };
  }

  /**
   * A criterion's score or justification ({@code scores[i].score}, {@code scores[i].justification})
   * in its row.
   */
  private static String scoreFieldOf(String field) {
    Matcher row = Pattern.compile("scores\\[(\\d+)]\\.(score|justification)").matcher(field);
    return row.matches() ? "scoreForm:criteria:" + row.group(1) + ":" + row.group(2) : null;
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

  private static String decisionFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.reasons.required", "validation.tooLong" -> "decisionForm:reasons";
      case "decision.committeeCaseRequired" -> "decisionForm:committeeCase";
      default -> null;
    };
  }

  public boolean isCanScore() {
    return isContentVisible()
        && activeUser.hasRole(Role.CASEWORKER)
        && (application.getStatus() == ApplicationStatus.SUBMITTED
            || application.getStatus() == ApplicationStatus.IN_REVIEW);
  }

  public boolean isCanRecommend() {
    return isContentVisible()
        && activeUser.hasRole(Role.CASEWORKER)
        && application.getStatus() == ApplicationStatus.IN_REVIEW
        && application.getScore() != null;
  }

  public boolean isCanDecide() {
    return isContentVisible()
        && activeUser.hasRole(Role.APPROVER)
        && application.getStatus() == ApplicationStatus.RECOMMENDED;
  }

  /** The scale every criterion is scored on. */
  public List<Integer> getScale() {
    return IntStream.rangeClosed(Scoring.MIN, Scoring.MAX).boxed().toList();
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

  public List<ScoreInput> getScoreInputs() {
    return scoreInputs;
  }

  public List<ScoreSheet> getScoreHistory() {
    return scoreHistory;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public Decision getDecision() {
    return decision;
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

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}
