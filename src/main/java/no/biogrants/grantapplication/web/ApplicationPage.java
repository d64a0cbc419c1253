package no.biogrants.grantapplication.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.web.CurrentCompany;
import no.biogrants.attachment.AttachmentInfo;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.OwnerType;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationRules;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.BrokenRule;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.grantapplication.DeMinimisAid;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.InfoRequest;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.grantapplication.StatusTransitions;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.grantapplication.WageCost;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * The application form in steps (one per {@link ApplicationPart}, then a summary): a new draft or
 * an existing one (view parameters {@code id} and {@code step}). Every step saves the whole draft,
 * so nothing typed is lost by moving on. Shows live the eligible costs, the aid intensity, the
 * maximum grant and every rule that is broken, each next to its field. While the caseworker's
 * question is open, only the parts it names can be changed, and sending them answers it.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

  static final int SUMMARY_STEP = ApplicationPart.values().length + 1;

  @Inject private Applications applications;
  @Inject private Companies companies;
  @Inject private Schemes schemes;
  @Inject private ActiveUser activeUser;
  @Inject private Clock clock;
  @Inject private Attachments attachments;
  @Inject private InfoRequestAnswers infoRequests;
  @Inject private CurrentCompany currentCompany;

  private Long id;
  private int step = 1;
  private Long companyId;
  private Long roundId;
  private String title;
  private String description;
  private TrainingPurpose purpose;
  private String restructuring;
  private LocalDate trainingStart;
  private LocalDate trainingEnd;
  private BigDecimal amountApplied;
  private BigDecimal ownContribution;
  private BigDecimal otherPublicFunding;
  private String committeeManagement;
  private String committeeEmployees;
  private List<CostLineInput> lines = new ArrayList<>();
  private List<PlanLineInput> planLines = new ArrayList<>();
  private List<AidLineInput> aidLines = new ArrayList<>();
  private Integer wageHours;
  private BigDecimal wageSalary;
  private long version;
  private GrantApplication application;
  private List<Company> myCompanies;
  private List<InfoRequest> questions = List.of();
  private Set<ApplicationPart> openParts = EnumSet.noneOf(ApplicationPart.class);
  private String answerText;

  /** viewAction: loads the draft or starts a new one. */
  public void load() throws IOException {
    myCompanies = companies.forUser(activeUser.actor().userId());
    step = Math.clamp(step, 1, SUMMARY_STEP);
    if (id == null) {
      if (companyId == null) {
        companyId = currentCompany.company().map(Company::getId).orElse(null);
      }
      List<FundingRound> rounds = getOpenRounds();
      if (!rounds.isEmpty() && roundId == null) {
        roundId = rounds.get(0).getId();
      }
      step = 1;
      lines.add(new CostLineInput(CostCategory.TRAINERS, null, null));
      lines.add(new CostLineInput(CostCategory.PARTICIPANT_WAGES, null, null));
      planLines.add(new PlanLineInput());
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
    fill(application);
  }

  private void fill(GrantApplication a) {
    version = a.getVersion();
    companyId = a.getCompany().getId();
    roundId = a.getRound().getId();
    title = a.getTitle();
    description = a.getDescription();
    purpose = a.getTrainingPurpose();
    amountApplied = a.getAmountApplied().amount();
    lines = new ArrayList<>();
    a.getCostPlanLines()
        .forEach(
            l ->
                lines.add(
                    new CostLineInput(
                        l.getCategory(), l.getDescription(), l.getAmount().amount())));
    ApplicationDetails d = a.details();
    restructuring = d.restructuring();
    trainingStart = d.trainingStart();
    trainingEnd = d.trainingEnd();
    ownContribution = d.ownContribution() == null ? null : d.ownContribution().amount();
    otherPublicFunding = d.otherPublicFunding() == null ? null : d.otherPublicFunding().amount();
    committeeManagement = d.committeeManagement();
    committeeEmployees = d.committeeEmployees();
    planLines = new ArrayList<>(d.trainingPlan().stream().map(PlanLineInput::new).toList());
    aidLines = new ArrayList<>(d.deMinimisAid().stream().map(AidLineInput::new).toList());
    if (planLines.isEmpty() && isDraftEditable()) {
      planLines.add(new PlanLineInput());
    }
    if (lines.isEmpty() && isDraftEditable()) {
      lines.add(new CostLineInput(CostCategory.TRAINERS, null, null));
      lines.add(new CostLineInput(CostCategory.PARTICIPANT_WAGES, null, null));
    }
  }

  // ---- actions ----------------------------------------------------------------------------

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
    GrantApplication saved = FacesActions.attemptAt(ApplicationPage::fieldOf, this::persistDraft);
    if (saved != null) {
      if (messageKey != null) {
        Messages.info(messageKey);
      }
      id = saved.getId();
      redirect(target);
    }
  }

  public void submit() {
    GrantApplication saved = FacesActions.attemptAt(ApplicationPage::fieldOf, this::persistDraft);
    if (saved == null) {
      return;
    }
    id = saved.getId();
    GrantApplication submitted =
        FacesActions.attempt(null, () -> applications.submit(activeUser.actor(), id));
    if (submitted != null) {
      Messages.info("application.submitted", submitted.getReference());
      Pages.redirect("/grantapplication/receipt.xhtml?id=" + id);
    } else {
      redirect(SUMMARY_STEP);
    }
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
      return applications.createDraft(activeUser.actor(), companyId, roundId, content, details);
    }
    return applications.saveDraft(activeUser.actor(), id, content, details, version);
  }

  private ApplicationContent content() {
    List<CostItem> items = new ArrayList<>();
    for (CostLineInput line : lines) {
      if (!line.isBlank()) {
        items.add(new CostItem(line.getCategory(), line.getDescription(), money(line.getAmount())));
      }
    }
    return new ApplicationContent(
        title,
        description,
        purpose,
        amountApplied == null ? Money.ZERO : money(amountApplied),
        items);
  }

  private ApplicationDetails details() {
    List<TrainingPlanItem> plan = new ArrayList<>();
    for (PlanLineInput line : planLines) {
      if (!line.isBlank()) {
        plan.add(line.item());
      }
    }
    List<DeMinimisAid> aid = new ArrayList<>();
    for (AidLineInput line : aidLines) {
      if (!line.isBlank()) {
        aid.add(line.aid());
      }
    }
    return new ApplicationDetails(
        restructuring,
        trainingStart,
        trainingEnd,
        plan,
        money(ownContribution),
        money(otherPublicFunding),
        aid,
        committeeManagement,
        committeeEmployees);
  }

  private void redirect(int target) {
    FacesActions.keepMessages();
    Pages.redirect("/grantapplication/application.xhtml?id=" + id + "&step=" + target);
  }

  /**
   * Where a refused save's message goes: next to the field its key names, else the top of the page.
   */
  static String fieldOf(String messageKey) {
    String field =
        switch (messageKey) {
          case "validation.title.required" -> "title";
          case "validation.description.required" -> "description";
          case "validation.purpose.required" -> "purpose";
          case "validation.amount.notNegative", "validation.amount.decimals" -> "amountApplied";
          case "validation.plan.whatRequired",
              "validation.plan.providerRequired",
              "validation.plan.hours",
              "validation.plan.weeks",
              "validation.plan.participants",
              "validation.plan.notNegative" ->
              "planLines";
          case "validation.deMinimis.grantorRequired", "validation.deMinimis.year" -> "aidLines";
          case "validation.cost.descriptionRequired", "validation.cost.categoryRequired" ->
              "costLines";
          default -> null;
        };
    return field == null ? null : "applicationForm:" + field;
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }

  // ---- rows -------------------------------------------------------------------------------

  public void addLine() {
    lines.add(new CostLineInput());
  }

  public void removeLine(CostLineInput line) {
    lines.remove(line);
  }

  public void addPlanLine() {
    planLines.add(new PlanLineInput());
  }

  public void removePlanLine(PlanLineInput line) {
    planLines.remove(line);
  }

  public void addAidLine() {
    aidLines.add(new AidLineInput());
  }

  public void removeAidLine(AidLineInput line) {
    aidLines.remove(line);
  }

  /** Adds the wage cost the calculator gives as a category f line. */
  public void addWageLine() {
    FundingRound round = getRound();
    if (round == null
        || wageHours == null
        || wageHours < 1
        || wageSalary == null
        || wageSalary.signum() <= 0) {
      Messages.error("applicationForm:wageHours", "validation.wage.inputs");
      return;
    }
    Money amount =
        WageCost.of(
            wageHours,
            Money.of(wageSalary.setScale(2, RoundingMode.HALF_UP)),
            round.getScheme().getWageHourFactor(),
            round.getScheme().getWageHourCap());
    lines.add(
        new CostLineInput(
            CostCategory.PARTICIPANT_WAGES,
            Messages.text("wage.lineDescription", wageHours),
            amount.amount()));
    wageHours = null;
    wageSalary = null;
  }

  public Money getWageHourlyRate() {
    FundingRound round = getRound();
    if (round == null || wageSalary == null || wageSalary.signum() <= 0) {
      return null;
    }
    return WageCost.hourlyRate(
        Money.of(wageSalary.setScale(2, RoundingMode.HALF_UP)),
        round.getScheme().getWageHourFactor(),
        round.getScheme().getWageHourCap());
  }

  // ---- the live figures and rules ----------------------------------------------------------

  /** The cost plan as typed so far, skipping incomplete rows (for the live summary). */
  private CostPlan livePlan() {
    List<CostItem> items = new ArrayList<>();
    for (CostLineInput line : lines) {
      try {
        if (line.getCategory() != null
            && line.getAmount() != null
            && line.getAmount().signum() >= 0) {
          items.add(new CostItem(line.getCategory(), "-", Money.of(line.getAmount())));
        }
      } catch (BusinessException | IllegalArgumentException e) {
        // an amount with more than two decimals: the field's own validation says so
      }
    }
    return new CostPlan(items);
  }

  /** The details as typed so far, skipping rows that are not complete yet. */
  private ApplicationDetails liveDetails() {
    List<TrainingPlanItem> plan = new ArrayList<>();
    for (PlanLineInput line : planLines) {
      try {
        if (!line.isBlank()) {
          plan.add(line.item());
        }
      } catch (BusinessException e) {
        // incomplete row: its own fields say what is missing when saved
      }
    }
    List<DeMinimisAid> aid = new ArrayList<>();
    for (AidLineInput line : aidLines) {
      try {
        if (!line.isBlank()) {
          aid.add(line.aid());
        }
      } catch (BusinessException e) {
        // incomplete row
      }
    }
    try {
      return new ApplicationDetails(
          restructuring,
          trainingStart,
          trainingEnd,
          plan,
          safeMoney(ownContribution),
          safeMoney(otherPublicFunding),
          aid,
          committeeManagement,
          committeeEmployees);
    } catch (BusinessException e) {
      return ApplicationDetails.EMPTY;
    }
  }

  private static Money safeMoney(BigDecimal amount) {
    try {
      return amount == null || amount.signum() < 0 ? null : Money.of(amount);
    } catch (BusinessException e) {
      return null;
    }
  }

  /**
   * Every rule broken by what is typed now: hard ones stop the submission, soft ones are warnings.
   */
  public List<BrokenRule> getRules() {
    // Rendering asks for the rules many times (each field, each step, the side panel); they are
    // worked out once per rendering, after the typed values are in.
    FacesContext context = FacesContext.getCurrentInstance();
    boolean rendering = context != null && context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    if (rendering && rulesRenderedFor == context && renderedRules != null) {
      return renderedRules;
    }
    List<BrokenRule> rules = computeRules();
    if (rendering) {
      rulesRenderedFor = context;
      renderedRules = rules;
    }
    return rules;
  }

  private transient Object rulesRenderedFor;
  private transient List<BrokenRule> renderedRules;

  private List<BrokenRule> computeRules() {
    FundingRound round = getRound();
    Company company = companyId == null ? null : companies.find(companyId);
    if (round == null || company == null) {
      return List.of();
    }
    Money applied = safeMoney(amountApplied);
    return ApplicationRules.check(
        ApplicationRules.factsFor(
                round.getScheme(),
                application == null ? company.getEmployees() : application.getEmployees(),
                company.getLegalForm(),
                company.getCountyCode(),
                livePlan(),
                applied == null ? Money.ZERO : applied,
                liveDetails(),
                LocalDate.now(clock))
            .withAttachments(attachmentKinds()));
  }

  /** The kinds of attachment the saved application has (none yet for a new one). */
  private Set<String> attachmentKinds() {
    if (application == null) {
      return Set.of();
    }
    List<AttachmentInfo> list =
        FacesActions.attempt(
            null,
            () -> attachments.list(activeUser.actor(), OwnerType.APPLICATION, application.getId()));
    return list == null
        ? null
        : list.stream().map(a -> a.kind().name()).collect(Collectors.toSet());
  }

  /** The message of each rule broken on a field, for the text next to it. */
  public List<String> rulesFor(String field) {
    return getRules().stream().filter(r -> r.field().equals(field)).map(this::text).toList();
  }

  public List<BrokenRule> rulesOfStep(int part) {
    return getRules().stream().filter(r -> r.part().ordinal() + 1 == part).toList();
  }

  public String text(BrokenRule rule) {
    return rule.id() + ": " + Messages.text(rule.messageKey(), rule.arguments().toArray());
  }

  public boolean isSubmittable() {
    return getRules().stream().noneMatch(BrokenRule::hard);
  }

  public Money getEligibleCosts() {
    return livePlan().eligibleCosts();
  }

  public Money getMaximumGrant() {
    FundingRound round = getRound();
    return round == null ? Money.ZERO : round.getScheme().maximumGrant(livePlan().eligibleCosts());
  }

  public Rate getAidIntensity() {
    FundingRound round = getRound();
    return round == null ? null : round.getScheme().getAidIntensity();
  }

  /** Every hard rule broken, in Norwegian, for the live summary. */
  public List<String> getBrokenRules() {
    return getRules().stream().filter(BrokenRule::hard).map(this::text).toList();
  }

  /** The soft rules broken: shown as warnings, decided by the caseworker. */
  public List<String> getWarnings() {
    return getRules().stream().filter(r -> !r.hard()).map(this::text).toList();
  }

  // ---- state ------------------------------------------------------------------------------

  public FundingRound getRound() {
    return roundId == null ? null : schemes.round(roundId);
  }

  public List<FundingRound> getOpenRounds() {
    Company company = companyId == null ? null : companies.find(companyId);
    return company == null ? List.of() : schemes.openRounds(company.getCountyCode());
  }

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

  public CostCategory[] getCategories() {
    return CostCategory.values();
  }

  public TrainingPurpose[] getPurposes() {
    return TrainingPurpose.values();
  }

  public TrainingProvider[] getProviders() {
    return TrainingProvider.values();
  }

  public List<InfoRequest> getQuestions() {
    return questions;
  }

  public GrantApplication getApplication() {
    return application;
  }

  public List<Company> getMyCompanies() {
    return myCompanies;
  }

  // ---- plain properties -------------------------------------------------------------------

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

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public TrainingPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(TrainingPurpose purpose) {
    this.purpose = purpose;
  }

  public String getRestructuring() {
    return restructuring;
  }

  public void setRestructuring(String restructuring) {
    this.restructuring = restructuring;
  }

  public LocalDate getTrainingStart() {
    return trainingStart;
  }

  public void setTrainingStart(LocalDate trainingStart) {
    this.trainingStart = trainingStart;
  }

  public LocalDate getTrainingEnd() {
    return trainingEnd;
  }

  public void setTrainingEnd(LocalDate trainingEnd) {
    this.trainingEnd = trainingEnd;
  }

  public BigDecimal getAmountApplied() {
    return amountApplied;
  }

  public void setAmountApplied(BigDecimal amountApplied) {
    this.amountApplied = amountApplied;
  }

  public BigDecimal getOwnContribution() {
    return ownContribution;
  }

  public void setOwnContribution(BigDecimal ownContribution) {
    this.ownContribution = ownContribution;
  }

  public BigDecimal getOtherPublicFunding() {
    return otherPublicFunding;
  }

  public void setOtherPublicFunding(BigDecimal otherPublicFunding) {
    this.otherPublicFunding = otherPublicFunding;
  }

  public String getCommitteeManagement() {
    return committeeManagement;
  }

  public void setCommitteeManagement(String committeeManagement) {
    this.committeeManagement = committeeManagement;
  }

  public String getCommitteeEmployees() {
    return committeeEmployees;
  }

  public void setCommitteeEmployees(String committeeEmployees) {
    this.committeeEmployees = committeeEmployees;
  }

  public List<CostLineInput> getLines() {
    return lines;
  }

  public List<PlanLineInput> getPlanLines() {
    return planLines;
  }

  public List<AidLineInput> getAidLines() {
    return aidLines;
  }

  public Integer getWageHours() {
    return wageHours;
  }

  public void setWageHours(Integer wageHours) {
    this.wageHours = wageHours;
  }

  public BigDecimal getWageSalary() {
    return wageSalary;
  }

  public void setWageSalary(BigDecimal wageSalary) {
    this.wageSalary = wageSalary;
  }

  public String getAnswerText() {
    return answerText;
  }

  public void setAnswerText(String answerText) {
    this.answerText = answerText;
  }
}
