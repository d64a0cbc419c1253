package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.InfoRequest;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.grantapplication.StatusTransitions;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;

/**
 * The application form in steps (one per {@link ApplicationPart}, then a summary): a new draft or
 * an existing one (view parameters {@code id} and {@code step}). This bean keeps the loaded
 * application, the step and the moves between steps; each step's fields and actions are in its own
 * bean ({@link ApplicationAboutPage} … {@link ApplicationSummaryPage}, see the package). Every step
 * saves the whole draft, so nothing typed is lost by moving on. While the caseworker's question is
 * open, only the parts it names can be changed, and sending them answers it.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

  static final int SUMMARY_STEP = ApplicationPart.values().length + 1;

  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;
  @Inject private InfoRequestAnswers infoRequests;
  @Inject private ApplicationAboutPage about;
  @Inject private ApplicationTrainingPlanPage trainingPlan;
  @Inject private ApplicationCostsPage costs;
  @Inject private ApplicationDeMinimisPage deMinimis;
  @Inject private ApplicationCommitteePage committee;

  /** The view parameters (f:viewParam, not @Param: see the package why). */
  private Long id;

  private int step = 1;
  private long version;
  private GrantApplication application;
  private List<InfoRequest> questions = List.of();
  private Set<ApplicationPart> openParts = EnumSet.noneOf(ApplicationPart.class);
  private String answerText;

  /** viewAction: loads the draft or starts a new one. */
  public void load() {
    about.loadCompanies();
    step = Math.clamp(step, 1, SUMMARY_STEP);
    if (id == null) {
      about.startNew();
      step = 1;
      costs.startNew();
      trainingPlan.startNew();
      return;
    }
    application = FacesActions.attempt(null, () -> applications.own(activeUser.actor(), id));
    if (application == null) {
      Pages.notFound();
      return;
    }
    questions = infoRequests.requestsOf(application.getId());
    questions.stream()
        .filter(InfoRequest::isOpen)
        .findFirst()
        .ifPresent(
            q ->
                openParts =
                    EnumSet.copyOf(
                        q.getParts().isEmpty()
                            ? EnumSet.noneOf(ApplicationPart.class)
                            : q.getParts()));
    version = application.getVersion();
    ApplicationDetails details = application.details();
    about.fill(application, details);
    costs.fill(application, details);
    trainingPlan.fill(details);
    deMinimis.fill(details);
    committee.fill(details);
  }

  // ---- moving between steps ----------------------------------------------------------------

  /** Saves the draft and stays on the step. */
  public void save() {
    saveAndGo(step, "application.saved");
  }

  /** Saves the draft and goes to the next step. */
  public void next() {
    saveAndGo(Math.min(step + 1, SUMMARY_STEP), null);
  }

  /** Saves the draft and goes back a step. */
  public void previous() {
    saveAndGo(Math.max(step - 1, 1), null);
  }

  /**
   * Goes to a step (from the step list or a rule's link), saving what is typed when it is a draft.
   */
  public void goTo(int target) {
    saveAndGo(Math.clamp(target, 1, SUMMARY_STEP), null);
  }

  /**
   * A draft is saved and the page reloaded on the target step. Otherwise (read-only, or changes on
   * a question that are sent with the answer) the same page moves to the step, keeping what is
   * typed.
   */
  private void saveAndGo(int target, String messageKey) {
    if (!isDraftEditable()) {
      step = target;
      return;
    }
    if (saveDraft() != null) {
      if (messageKey != null) {
        Messages.info(messageKey);
      }
      redirect(target);
    }
  }

  /** Saves the whole draft as typed (null when refused: the messages say why, by their fields). */
  GrantApplication saveDraft() {
    GrantApplication saved = FacesActions.attemptAt(ApplicationFields::fieldOf, this::persistDraft);
    if (saved != null) {
      id = saved.getId();
    }
    return saved;
  }

  /** Withdraws the application (before a decision); the county stops working on it. */
  public void withdraw() {
    if (FacesActions.attempt(null, () -> applications.withdraw(activeUser.actor(), id)) != null) {
      Messages.info("application.withdrawn");
      redirect(1);
    }
  }

  public boolean isWithdrawable() {
    return application != null
        && StatusTransitions.isAllowed(application.getStatus(), ApplicationStatus.WITHDRAWN);
  }

  /**
   * The applicant answers the caseworker's open question (with the changes to the parts it opened).
   */
  public void answer() {
    boolean done =
        FacesActions.attempt(
                "answerForm:answer",
                () ->
                    openParts.isEmpty()
                        ? infoRequests.answer(activeUser.actor(), id, answerText)
                        : infoRequests.answerWithChanges(
                            activeUser.actor(), id, answerText, content(), details()))
            != null;
    if (done) {
      Messages.info("info.answered");
      redirect(1);
    }
  }

  private GrantApplication persistDraft() {
    ApplicationContent content = content();
    ApplicationDetails details = details();
    if (id == null) {
      return applications.createDraft(
          activeUser.actor(), about.getCompanyId(), about.getRoundId(), content, details);
    }
    return applications.saveDraft(activeUser.actor(), id, content, details, version);
  }

  /** The core content as typed on the steps (about and costs). */
  private ApplicationContent content() {
    return new ApplicationContent(
        about.getTitle(),
        about.getDescription(),
        about.getPurpose(),
        costs.amountAppliedOrZero(),
        costs.items());
  }

  /** The details as typed on the steps. */
  private ApplicationDetails details() {
    return new ApplicationDetails(
        about.getRestructuring(),
        about.getTrainingStart(),
        about.getTrainingEnd(),
        trainingPlan.items(),
        costs.ownContributionMoney(),
        costs.otherPublicFundingMoney(),
        deMinimis.aid(),
        committee.getCommitteeManagement(),
        committee.getCommitteeEmployees());
  }

  void redirect(int target) {
    FacesActions.keepMessages();
    Pages.redirect("/grantapplication/application.xhtml?id=" + id + "&step=" + target);
  }

  // ---- state ------------------------------------------------------------------------------

  /**
   * A decision exists (granted, rejected or dismissed): its page shows it, the letter and payments.
   */
  public boolean isDecided() {
    if (application == null) {
      return false;
    }
    ApplicationStatus status = application.getStatus();
    return status.isGrant()
        || status == ApplicationStatus.REJECTED
        || status == ApplicationStatus.DISMISSED
        || status == ApplicationStatus.APPEALED
        || status == ApplicationStatus.CANCELLED;
  }

  /** A new application or a draft: every step can be changed. */
  public boolean isDraftEditable() {
    return application == null || application.getStatus() == ApplicationStatus.DRAFT;
  }

  public boolean isEditable() {
    return isDraftEditable() || isAwaitingAnswer() && !openParts.isEmpty();
  }

  /** Whether the fields of a step (1-based, as the parts) can be changed now. */
  public boolean editable(int part) {
    if (isDraftEditable()) {
      return true;
    }
    return isAwaitingAnswer()
        && part >= 1
        && part <= ApplicationPart.values().length
        && openParts.contains(ApplicationPart.values()[part - 1]);
  }

  public boolean isAwaitingAnswer() {
    return application != null && application.getStatus() == ApplicationStatus.AWAITING_APPLICANT;
  }

  public Set<ApplicationPart> getOpenParts() {
    return openParts;
  }

  public ApplicationPart[] getParts() {
    return ApplicationPart.values();
  }

  public int getSummaryStep() {
    return SUMMARY_STEP;
  }

  public List<InfoRequest> getQuestions() {
    return questions;
  }

  public GrantApplication getApplication() {
    return application;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getStep() {
    return step;
  }

  public void setStep(int step) {
    this.step = step;
  }

  public String getAnswerText() {
    return answerText;
  }

  public void setAnswerText(String answerText) {
    this.answerText = answerText;
  }
}
