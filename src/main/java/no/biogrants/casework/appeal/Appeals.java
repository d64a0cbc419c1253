package no.biogrants.casework.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerRef;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * Appeals (klager) on a decision, forvaltningsloven §§ 28-34. Only a party appeals: a user of the
 * applicant company from the portal, or county staff registering an appeal that came by letter or
 * e-mail on the day it was received. The appeal is checked against {@link AppealDeadline}; a late
 * one is registered and flagged, and the county either dismisses it as late or considers it anyway
 * (fvl. § 31), with a reason. Then an approver reverses the decision (fvl. § 33 second paragraph;
 * never the approver who made it), or the county forwards it to the appeal body with its statement
 * and records the body's outcome. A reversal or a setting aside takes the case back to IN_REVIEW
 * for a new recommendation and decision, and releases the appealed grant's commitment in the same
 * transaction; an upheld, late-dismissed or withdrawn appeal restores the decision's status and
 * leaves the money alone. One open appeal per application at a time; the application row is locked
 * first. Every action is audited on the application with the status and the appeal's stage before
 * and after.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Appeals {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AppealAccess access;
  @Inject private Decisions decisions;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  /** A user of the applicant company appeals the current decision, received today. */
  public Appeal appeal(Actor actor, Long applicationId, String grounds) {
    GrantApplication application = access.lockForParty(actor, applicationId);
    return open(actor, application, AppealChannel.ONLINE, LocalDate.now(clock), grounds);
  }

  /** County staff register an appeal that came by letter or e-mail, on the day it was received. */
  public Appeal register(
      Actor actor,
      Long applicationId,
      AppealChannel channel,
      LocalDate receivedOn,
      String grounds) {
    GrantApplication application = access.lockForCounty(actor, applicationId);
    if (channel == null || channel == AppealChannel.ONLINE) {
      throw new InvalidInputException("validation.appeal.channelRequired");
    }
    AppealInput.requirePastDate(receivedOn, LocalDate.now(clock));
    return open(actor, application, channel, receivedOn, grounds);
  }

  private Appeal open(
      Actor actor,
      GrantApplication application,
      AppealChannel channel,
      LocalDate receivedOn,
      String grounds) {
    if (openAppeal(application.getId()).isPresent()) {
      throw new BusinessException("appeal.alreadyOpen");
    }
    ApplicationStatus before = application.getStatus();
    if (!before.isAppealable()) {
      throw new BusinessException("appeal.notAppealable", before);
    }
    Decision decision =
        decisions
            .currentDecision(application.getId())
            .orElseThrow(() -> new BusinessException("appeal.noDecision"));
    AppealDeadline deadline = AppealDeadline.forDecisionAt(decision.getDecidedAt());
    if (receivedOn.isBefore(deadline.decisionDate())) {
      throw new InvalidInputException("validation.appeal.receivedBeforeDecision");
    }
    Instant now = clock.instant();
    Appeal appeal =
        new Appeal(decision, before, channel, grounds, receivedOn, actor.username(), now);
    application.appeal(actor.username(), now, appeal.getGrounds());
    em.persist(appeal);
    em.flush();
    audit(
        actor,
        "APPEAL_RECEIVED",
        new AppealStep(application, before, appeal, "NONE"),
        AppealStep.received(appeal));
    return appeal;
  }

  /** The open appeal came late, and the county considers it anyway (fvl. § 31), with the reason. */
  public Appeal considerLate(Actor actor, Long applicationId, String reason) {
    AppealStep step = countyStep(actor, applicationId);
    Appeal appeal = step.appeal();
    appeal.considerLate(reason, actor.username(), clock.instant());
    audit(
        actor,
        "APPEAL_LATE_CONSIDERED",
        step,
        "late by " + appeal.getDaysLate() + " days, considered (fvl. § 31)");
    return appeal;
  }

  /** The open appeal came late and is dismissed for that: the appealed decision stands. */
  public Appeal dismissAsLate(Actor actor, Long applicationId, String reason) {
    AppealStep step = countyStep(actor, applicationId);
    Appeal appeal = step.appeal();
    Instant now = clock.instant();
    appeal.dismissAsLate(reason, LocalDate.now(clock), actor.username(), now);
    step.application()
        .restoreAfterAppeal(
            appeal.getAppealedStatus(), actor.username(), now, appeal.getOutcomeReason());
    audit(actor, "APPEAL_DISMISSED_LATE", step, "late by " + appeal.getDaysLate() + " days");
    return appeal;
  }

  /**
   * An approver of the county reverses the appealed decision (omgjøring): the case goes back to
   * review, and a grant's commitment is released so the new decision books afresh. The approver who
   * made the appealed decision may not reverse it.
   */
  public Appeal reverse(Actor actor, Long applicationId, String reason) {
    AccessDeniedException.unless(actor.has(Role.APPROVER));
    AppealStep step = countyStep(actor, applicationId);
    Appeal appeal = step.appeal();
    if (appeal.getDecision().getDecidedBy().equals(actor.username())) {
      throw new BusinessException("appeal.ownDecision");
    }
    Instant now = clock.instant();
    appeal.reverse(reason, LocalDate.now(clock), actor.username(), now);
    step.application().reopenAfterAppeal(actor.username(), now, appeal.getOutcomeReason());
    String released = releaseCommitment(appeal, actor, appeal.getOutcomeReason());
    audit(actor, "APPEAL_REVERSED", step, released);
    return appeal;
  }

  /** The county sends the open appeal to the appeal body with its statement (oversendelse). */
  public Appeal forward(Actor actor, Long applicationId, LocalDate forwardedOn, String statement) {
    AppealStep step = countyStep(actor, applicationId);
    Appeal appeal = step.appeal();
    appeal.forward(forwardedOn, statement, LocalDate.now(clock), actor.username(), clock.instant());
    audit(actor, "APPEAL_FORWARDED", step, "forwarded " + forwardedOn);
    return appeal;
  }

  /**
   * The appeal body's outcome with its date and case number: upheld restores the decision's status;
   * reversed or set aside takes the case back to review and releases a grant's commitment.
   */
  public Appeal recordBodyOutcome(
      Actor actor,
      Long applicationId,
      AppealOutcome outcome,
      LocalDate decidedOn,
      String caseNumber,
      String summary) {
    AppealStep step = countyStep(actor, applicationId);
    GrantApplication application = step.application();
    Appeal appeal = step.appeal();
    Instant now = clock.instant();
    appeal.recordBodyOutcome(
        outcome, decidedOn, caseNumber, summary, LocalDate.now(clock), actor.username(), now);
    String historyReason =
        appeal.getBodyCaseNumber()
            + (appeal.getOutcomeReason() == null ? "" : ": " + appeal.getOutcomeReason());
    String released = null;
    if (outcome.reopensCase()) {
      application.reopenAfterAppeal(actor.username(), now, historyReason);
      released = releaseCommitment(appeal, actor, historyReason);
    } else {
      application.restoreAfterAppeal(
          appeal.getAppealedStatus(), actor.username(), now, historyReason);
    }
    audit(
        actor,
        "APPEAL_" + outcome.name(),
        step,
        "body case "
            + appeal.getBodyCaseNumber()
            + " of "
            + decidedOn
            + (released == null ? "" : "; " + released));
    return appeal;
  }

  /**
   * The open appeal is withdrawn: by a user of the applicant company, or registered by county staff
   * when the withdrawal came by letter or e-mail. The appealed decision stands.
   */
  public Appeal withdraw(Actor actor, Long applicationId, String note) {
    GrantApplication application =
        actor.has(Role.APPLICANT)
            ? access.lockForParty(actor, applicationId)
            : access.lockForCounty(actor, applicationId);
    AppealStep step = AppealStep.of(application, requireOpenAppeal(applicationId));
    Appeal appeal = step.appeal();
    Instant now = clock.instant();
    appeal.withdraw(note, LocalDate.now(clock), actor.username(), now);
    application.restoreAfterAppeal(
        appeal.getAppealedStatus(), actor.username(), now, appeal.getOutcomeReason());
    audit(actor, "APPEAL_WITHDRAWN", step, null);
    return appeal;
  }

  /** The application's appeals, newest first, for the party or the county's impartial staff. */
  public List<Appeal> appealsOf(Actor actor, Long applicationId) {
    access.requireSight(actor, applicationId);
    return em.createNamedQuery("Appeal.forApplication", Appeal.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  /**
   * The decision an appeal would be against now (the newest), for the party or the county's staff.
   */
  public Optional<Decision> currentDecision(Actor actor, Long applicationId) {
    access.requireSight(actor, applicationId);
    return decisions.currentDecision(applicationId);
  }

  /** Whether the application has ever been appealed (says nothing else about it). */
  public boolean hasAppeals(Long applicationId) {
    return em.createQuery("SELECT COUNT(a) FROM Appeal a WHERE a.applicationId = :id", Long.class)
            .setParameter("id", applicationId)
            .getSingleResult()
        > 0;
  }

  private Optional<Appeal> openAppeal(Long applicationId) {
    return em.createQuery(
            "SELECT a FROM Appeal a WHERE a.applicationId = :id AND a.closure.outcome IS NULL",
            Appeal.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  private Appeal requireOpenAppeal(Long applicationId) {
    return openAppeal(applicationId)
        .orElseThrow(() -> new BusinessException("appeal.noOpenAppeal"));
  }

  /**
   * Releases what is still committed and unpaid for the appealed grant on its line; nothing for a
   * rejection.
   */
  private String releaseCommitment(Appeal appeal, Actor actor, String note) {
    Long lineId = appeal.getDecision().getBudgetLineId();
    if (lineId == null) {
      return null;
    }
    LedgerRef ref = LedgerRef.grant(appeal.getApplicationId());
    Money open = ledger.balanceOf(lineId, ref).open();
    if (!open.isPositive()) {
      return null;
    }
    String text =
        note.length() <= LedgerEntry.NOTE_MAXLENGTH
            ? note
            : note.substring(0, LedgerEntry.NOTE_MAXLENGTH - 1) + "…";
    ledger.release(lineId, open, ref, actor.username(), text);
    return "released " + NorwegianFormat.money(open) + " on line " + lineId;
  }

  /** County staff act on the open appeal: the application locked, as it stands before the act. */
  private AppealStep countyStep(Actor actor, Long applicationId) {
    GrantApplication application = access.lockForCounty(actor, applicationId);
    return AppealStep.of(application, requireOpenAppeal(applicationId));
  }

  private void audit(Actor actor, String action, AppealStep step, String details) {
    audit.record(
        actor.username(),
        action,
        "GrantApplication",
        step.application().getId(),
        step.auditLine(details));
  }
}
