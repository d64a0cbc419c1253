package no.biogrants.grantapplication;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;

/**
 * An application (søknad) for a BIO grant: what the company wants to train and why, its cost plan
 * and the amount it applies for, with a snapshot of the company as it was. Its status changes only
 * through the domain verbs below, each checked against {@link StatusTransitions} and recorded as a
 * {@link StatusChange}.
 */
@Entity
@Table(name = "grant_application")
@NamedQuery(
    name = "GrantApplication.forCompanies",
    query =
        "SELECT a FROM GrantApplication a WHERE a.company.id IN :companyIds ORDER BY a.createdAt DESC")
public class GrantApplication {

  public static final int TITLE_MAXLENGTH = 200;
  public static final int DESCRIPTION_MAXLENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reference", length = 9)
  private String reference;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "round_id")
  private FundingRound round;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "company_id")
  private Company company;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "title", nullable = false, length = TITLE_MAXLENGTH)
  private String title;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAXLENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "training_purpose", nullable = false)
  private TrainingPurpose trainingPurpose;

  @Column(name = "amount_applied", nullable = false)
  private Money amountApplied;

  @Column(name = "company_name", nullable = false)
  private String companyName;

  @Column(name = "org_number", nullable = false)
  private OrganisationNumber orgNumber;

  @Column(name = "nace_code", nullable = false)
  private String naceCode;

  @Column(name = "employees", nullable = false)
  private int employees;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "assignee")
  private String assignee;

  /** The current weighted score 0-100 (newest score sheet), for sorting the queue. */
  @Column(name = "score", precision = 5, scale = 2)
  private BigDecimal score;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CostPlanLine> costPlanLines = new ArrayList<>();

  @Column(name = "restructuring", length = ApplicationDetails.RESTRUCTURING_MAXLENGTH)
  private String restructuring;

  @Column(name = "training_start")
  private LocalDate trainingStart;

  @Column(name = "training_end")
  private LocalDate trainingEnd;

  @Column(name = "own_contribution")
  private Money ownContribution;

  @Column(name = "other_public_funding")
  private Money otherPublicFunding;

  @Column(name = "committee_management", length = ApplicationDetails.COMMITTEE_MAXLENGTH)
  private String committeeManagement;

  @Column(name = "committee_employees", length = ApplicationDetails.COMMITTEE_MAXLENGTH)
  private String committeeEmployees;

  /**
   * The company's legal form and county as they were when it applied (with the rest of the
   * snapshot).
   */
  @Column(name = "company_legal_form", length = 10)
  private String companyLegalForm;

  @Column(name = "company_county", length = 2)
  private String companyCounty;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @jakarta.persistence.OrderBy("position")
  private List<TrainingPlanLine> trainingPlanLines = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @jakarta.persistence.OrderBy("position")
  private List<DeMinimisAidLine> deMinimisLines = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("sequence")
  private List<StatusChange> history = new ArrayList<>();

  @Version private long version;

  protected GrantApplication() {}

  /** A new draft for a company in a round, by the user who writes it. */
  public GrantApplication(
      FundingRound round, Company company, ApplicationContent content, String actor, Instant now) {
    this.round = round;
    this.company = company;
    this.countyCode = company.getCountyCode();
    this.companyName = company.getName();
    this.orgNumber = company.getOrgNumber();
    this.naceCode = company.getNaceCode();
    this.employees = company.getEmployees();
    this.companyLegalForm = company.getLegalForm();
    this.companyCounty = company.getCountyCode();
    this.createdBy = actor;
    this.createdAt = now;
    this.status = ApplicationStatus.DRAFT;
    apply(content);
    history.add(new StatusChange(this, 1, null, ApplicationStatus.DRAFT, actor, now, null));
  }

  /** Changes the draft's content; only a draft may be edited. */
  public void editDraft(ApplicationContent content) {
    if (status != ApplicationStatus.DRAFT) {
      throw new BusinessException("application.notEditable", status);
    }
    apply(content);
  }

  /**
   * Changes the rest of the draft (or, while a question is open, the parts it names: see the
   * service).
   */
  public void editDetails(ApplicationDetails details) {
    if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.AWAITING_APPLICANT) {
      throw new BusinessException("application.notEditable", status);
    }
    this.restructuring = details.restructuring();
    this.trainingStart = details.trainingStart();
    this.trainingEnd = details.trainingEnd();
    this.ownContribution = details.ownContribution();
    this.otherPublicFunding = details.otherPublicFunding();
    this.committeeManagement = details.committeeManagement();
    this.committeeEmployees = details.committeeEmployees();
    trainingPlanLines.clear();
    int position = 1;
    for (TrainingPlanItem item : details.trainingPlan()) {
      trainingPlanLines.add(new TrainingPlanLine(this, position++, item));
    }
    deMinimisLines.clear();
    position = 1;
    for (DeMinimisAid aid : details.deMinimisAid()) {
      deMinimisLines.add(new DeMinimisAidLine(this, position++, aid));
    }
  }

  /**
   * Changes the core content while a question is open (only the parts it names: see the service).
   */
  public void editOnRequest(ApplicationContent content) {
    if (status != ApplicationStatus.AWAITING_APPLICANT) {
      throw new BusinessException("application.notEditable", status);
    }
    apply(content);
  }

  public ApplicationDetails details() {
    return new ApplicationDetails(
        restructuring,
        trainingStart,
        trainingEnd,
        trainingPlanLines.stream().map(TrainingPlanLine::item).toList(),
        ownContribution,
        otherPublicFunding,
        deMinimisLines.stream().map(DeMinimisAidLine::aid).toList(),
        committeeManagement,
        committeeEmployees);
  }

  /** What the rules look at, for this application as saved, on the given day. */
  public ApplicationRules.Facts ruleFacts(LocalDate today) {
    return ruleFacts(content(), details(), today);
  }

  /** What the rules look at, for content and details as typed (not saved yet) in this round. */
  public ApplicationRules.Facts ruleFacts(
      ApplicationContent typed, ApplicationDetails typedDetails, LocalDate today) {
    return ApplicationRules.factsFor(
        round.getScheme(),
        employees,
        companyLegalForm(),
        companyCounty(),
        new CostPlan(typed.costItems()),
        typed.amountApplied(),
        typedDetails,
        today);
  }

  /** Every rule this application breaks as saved, on the given day (empty: it can be submitted). */
  public List<BrokenRule> rulesBroken(LocalDate today) {
    return ApplicationRules.check(ruleFacts(today));
  }

  private String companyLegalForm() {
    return companyLegalForm != null ? companyLegalForm : company.getLegalForm();
  }

  private String companyCounty() {
    return companyCounty != null ? companyCounty : company.getCountyCode();
  }

  private void apply(ApplicationContent content) {
    this.title = content.title();
    this.description = content.description();
    this.trainingPurpose = content.trainingPurpose();
    this.amountApplied = content.amountApplied();
    costPlanLines.clear();
    int position = 1;
    for (CostItem item : content.costItems()) {
      costPlanLines.add(new CostPlanLine(this, position++, item));
    }
  }

  public ApplicationContent content() {
    return new ApplicationContent(
        title,
        description,
        trainingPurpose,
        amountApplied,
        costPlanLines.stream().map(CostPlanLine::item).toList());
  }

  public CostPlan costPlan() {
    return new CostPlan(costPlanLines.stream().map(CostPlanLine::item).toList());
  }

  /** The most the scheme allows for this cost plan. */
  public Money maximumGrant() {
    return round.getScheme().maximumGrant(costPlan().eligibleCosts());
  }

  /**
   * The hard rules that stop this application from being submitted today (Oslo), each with the
   * field it is about; see {@link #rulesBroken} for every rule with its id and form step.
   */
  public List<FieldViolation> brokenRules() {
    return violations(rulesBroken(LocalDate.now(ClockProducer.OSLO)));
  }

  /**
   * The hard rules as field violations (the form's field names, {@code costItems} for the cost
   * lines).
   */
  static List<FieldViolation> violations(List<BrokenRule> rules) {
    return rules.stream()
        .filter(BrokenRule::hard)
        .map(
            r ->
                new FieldViolation(
                    "costLines".equals(r.field()) ? "costItems" : r.field(),
                    r.messageKey(),
                    r.arguments()))
        .toList();
  }

  /**
   * Sends it to the county with its reference; refused while a rule is broken or the round is
   * closed.
   */
  public void submit(String reference, String actor, Instant now, LocalDate today) {
    checkSubmittable(today);
    moveTo(ApplicationStatus.SUBMITTED, actor, now, null);
    this.reference = reference;
    this.submittedAt = now;
  }

  /**
   * Refuses when this draft cannot be submitted today: not a draft, the round closed, or else every
   * broken rule at once (the first is the exception's own message).
   */
  public void checkSubmittable(LocalDate today) {
    StatusTransitions.check(status, ApplicationStatus.SUBMITTED);
    if (!round.isOpenOn(today)) {
      throw new BusinessException("application.roundClosed", round.getName());
    }
    List<BrokenRule> broken = rulesBroken(today).stream().filter(BrokenRule::hard).toList();
    if (!broken.isEmpty()) {
      throw new ApplicationRulesBroken(broken);
    }
  }

  /** The caseworker takes it into review (the first time it is opened for scoring). */
  public void startReview(String actor, Instant now) {
    moveTo(ApplicationStatus.IN_REVIEW, actor, now, null);
    this.assignee = actor;
  }

  /** Gives the case to a caseworker (no status change). */
  public void assignTo(String username) {
    this.assignee = username;
  }

  /** The caseworker asked the applicant for more information: the case waits for the answer. */
  public void awaitApplicant(String actor, Instant now, String question) {
    moveTo(ApplicationStatus.AWAITING_APPLICANT, actor, now, question);
  }

  /** The applicant answered: back to review. */
  public void answerApplicant(String actor, Instant now) {
    moveTo(ApplicationStatus.IN_REVIEW, actor, now, null);
  }

  public void recordScore(BigDecimal weightedScore) {
    if (status != ApplicationStatus.IN_REVIEW) {
      throw new BusinessException("application.notInReview", status);
    }
    this.score = weightedScore;
  }

  public void recommend(Money amount, String actor, Instant now) {
    if (amount.isGreaterThan(maximumGrant())) {
      throw new BusinessException("rule.recommendationAboveMaximum", maximumGrant());
    }
    if (score == null) {
      throw new BusinessException("application.notScored");
    }
    moveTo(ApplicationStatus.RECOMMENDED, actor, now, "Innstilt: " + amount);
  }

  /** Granted in full when the amount equals what was applied for, otherwise partly. */
  public ApplicationStatus grant(Money amount, String actor, Instant now, String reason) {
    ApplicationStatus target =
        amount.isLessThan(amountApplied)
            ? ApplicationStatus.PARTIALLY_GRANTED
            : ApplicationStatus.GRANTED;
    moveTo(target, actor, now, reason);
    return target;
  }

  public void reject(String actor, Instant now, String reason) {
    moveTo(ApplicationStatus.REJECTED, actor, now, reason);
  }

  /** Dismissed for formal errors (avvist): not assessed on its merits. */
  public void dismiss(String actor, Instant now, String reason) {
    moveTo(ApplicationStatus.DISMISSED, actor, now, reason);
  }

  /** The party appealed the decision (fvl. § 28): refused unless the decision may be appealed. */
  public void appeal(String actor, Instant now, String reason) {
    if (!status.isAppealable()) {
      throw new BusinessException("appeal.notAppealable", status);
    }
    moveTo(ApplicationStatus.APPEALED, actor, now, forHistory(reason));
  }

  /**
   * The appeal succeeded (reversed by the county, or reversed or set aside by the appeal body):
   * back to review for a new recommendation and a new decision.
   */
  public void reopenAfterAppeal(String actor, Instant now, String reason) {
    requireAppealed(ApplicationStatus.IN_REVIEW);
    moveTo(ApplicationStatus.IN_REVIEW, actor, now, forHistory(reason));
  }

  /**
   * The appealed decision stands (upheld, dismissed as late, withdrawn): back to the status the
   * decision gave, one of those that may be appealed.
   */
  public void restoreAfterAppeal(
      ApplicationStatus appealedStatus, String actor, Instant now, String reason) {
    requireAppealed(appealedStatus);
    if (!appealedStatus.isAppealable()) {
      throw new IllegalTransitionException(status, appealedStatus);
    }
    moveTo(appealedStatus, actor, now, forHistory(reason));
  }

  private void requireAppealed(ApplicationStatus target) {
    if (status != ApplicationStatus.APPEALED) {
      throw new IllegalTransitionException(status, target);
    }
  }

  /**
   * A reason as the history keeps it: stripped, blank as none (StatusChange cuts it to its column).
   */
  private static String forHistory(String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }

  public void withdraw(String actor, Instant now) {
    moveTo(ApplicationStatus.WITHDRAWN, actor, now, null);
  }

  /** The company accepts the grant and its conditions. */
  public void accept(String actor, Instant now) {
    moveTo(ApplicationStatus.ACCEPTED, actor, now, null);
  }

  /** The grant was not accepted in time: it lapses (the caller releases the commitment). */
  public void cancelUnaccepted(String actor, Instant now, String reason) {
    moveTo(ApplicationStatus.CANCELLED, actor, now, reason);
  }

  /** The first payment went out: the training is in progress (part paid). */
  public void startPayments(String actor, Instant now, String reason) {
    moveTo(ApplicationStatus.IN_PROGRESS, actor, now, reason);
  }

  /** The company sent its final report with the actual costs. */
  public void reportFinal(String actor, Instant now) {
    moveTo(ApplicationStatus.FINAL_REPORTED, actor, now, null);
  }

  /** The case is finished: nothing more to pay or reclaim. */
  public void close(String actor, Instant now, String reason) {
    moveTo(ApplicationStatus.CLOSED, actor, now, reason);
  }

  /** Money paid out is claimed back (tilbakebetaling); the grant ends. */
  public void reclaim(String actor, Instant now, String reason) {
    moveTo(ApplicationStatus.RECLAIMED, actor, now, reason);
  }

  /** The one place status changes: checks the table and appends the history row. */
  void moveTo(ApplicationStatus target, String actor, Instant now, String reason) {
    StatusTransitions.check(status, target);
    history.add(new StatusChange(this, history.size() + 1, status, target, actor, now, reason));
    this.status = target;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public FundingRound getRound() {
    return round;
  }

  public Company getCompany() {
    return company;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public TrainingPurpose getTrainingPurpose() {
    return trainingPurpose;
  }

  public Money getAmountApplied() {
    return amountApplied;
  }

  public String getCompanyName() {
    return companyName;
  }

  public OrganisationNumber getOrgNumber() {
    return orgNumber;
  }

  public String getNaceCode() {
    return naceCode;
  }

  public int getEmployees() {
    return employees;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getAssignee() {
    return assignee;
  }

  public BigDecimal getScore() {
    return score;
  }

  public List<CostPlanLine> getCostPlanLines() {
    return costPlanLines;
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  public long getVersion() {
    return version;
  }

  /** Refuses a missing or too long text at once (one field; see {@link #checkText} for several). */
  static void requireText(String value, String requiredKey, int max) {
    List<FieldViolation> violations = new ArrayList<>();
    checkText(value, null, requiredKey, max, violations);
    InvalidInputException.throwIfAny(violations);
  }

  static void checkText(
      String value, String field, String requiredKey, int max, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(FieldViolation.of(field, requiredKey));
    } else if (value.length() > max) {
      violations.add(FieldViolation.of(field, "validation.tooLong", max));
    }
  }
}
