package no.biogrants.grantapplication;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * An application (søknad) for a BIO grant: what the company wants to train and why, its cost plan
 * and the amount it applies for, with a snapshot of the company as it was. Its status changes only
 * through the domain verbs below, each checked against {@link StatusTransitions} and recorded as a
 * {@link StatusChange}. What it stores, and the getters, are in {@link ApplicationRecord}.
 */
@Entity
@Table(name = "grant_application")
@NamedQuery(
    name = "GrantApplication.forCompanies",
    query =
        "SELECT a FROM GrantApplication a WHERE a.company.id IN :companyIds ORDER BY a.createdAt DESC")
public class GrantApplication extends ApplicationRecord {

  protected GrantApplication() {}

  /** A new draft for a company in a round, by the user who writes it. */
  public GrantApplication(
      FundingRound round, Company company, ApplicationContent content, String actor, Instant now) {
    this.round = round;
    this.company = company;
    this.countyCode = company.getCountyCode();
    this.companyName = company.getName();
    this.naceCode = company.getNaceCode();
    this.snapshot = new CompanySnapshot(company);
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
    this.storedDetails = new StoredDetails(details);
    renumber(trainingPlanLines, details.trainingPlan(), (p, i) -> new TrainingPlanLine(this, p, i));
    renumber(
        deMinimisLines, details.deMinimisAid(), (p, aid) -> new DeMinimisAidLine(this, p, aid));
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

  /** What the rules look at, for this application as saved, on the given day. */
  public ApplicationRules.Facts ruleFacts(LocalDate today) {
    return ruleFacts(content(), details(), today);
  }

  /** What the rules look at, for content and details as typed (not saved yet) in this round. */
  public ApplicationRules.Facts ruleFacts(
      ApplicationContent typed, ApplicationDetails typedDetails, LocalDate today) {
    return ApplicationRules.factsFor(
        round.getScheme(),
        snapshot.employees(),
        snapshot.legalFormOr(company),
        snapshot.countyOr(company),
        new CostPlan(typed.costItems()),
        typed.amountApplied(),
        typedDetails,
        today);
  }

  /** Every rule this application breaks as saved, on the given day (empty: it can be submitted). */
  public List<BrokenRule> rulesBroken(LocalDate today) {
    return ApplicationRules.check(ruleFacts(today));
  }

  private void apply(ApplicationContent content) {
    this.title = content.title();
    this.description = content.description();
    this.trainingPurpose = content.trainingPurpose();
    this.amountApplied = content.amountApplied();
    renumber(costPlanLines, content.costItems(), (p, item) -> new CostPlanLine(this, p, item));
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
    return ApplicationRulesBroken.violations(rulesBroken(LocalDate.now(ClockProducer.OSLO)));
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
    moveTo(ApplicationStatus.RECOMMENDED, actor, now, "Innstilt: " + NorwegianFormat.money(amount));
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
    moveTo(ApplicationStatus.APPEALED, actor, now, StatusChange.forHistory(reason));
  }

  /**
   * The appeal succeeded (reversed by the county, or reversed or set aside by the appeal body):
   * back to review for a new recommendation and a new decision.
   */
  public void reopenAfterAppeal(String actor, Instant now, String reason) {
    requireAppealed(ApplicationStatus.IN_REVIEW);
    moveTo(ApplicationStatus.IN_REVIEW, actor, now, StatusChange.forHistory(reason));
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
    moveTo(appealedStatus, actor, now, StatusChange.forHistory(reason));
  }

  private void requireAppealed(ApplicationStatus target) {
    if (status != ApplicationStatus.APPEALED) {
      throw new IllegalTransitionException(status, target);
    }
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
}
