package no.biogrants.casework.appeal;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.biogrants.casework.Decision;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;

/**
 * An appeal (klage) on a decision: received on a date and checked against the decision's deadline;
 * if late, considered anyway or dismissed; reversed by the county or forwarded to the appeal body,
 * whose outcome is recorded. Open until it has an outcome. Each step keeps who and when.
 */
@Entity
@Table(name = "appeal")
@NamedQuery(
    name = "Appeal.forApplication",
    query = "SELECT a FROM Appeal a WHERE a.applicationId = :application ORDER BY a.id DESC")
public class Appeal {

  public static final int GROUNDS_MAXLENGTH = 4000;
  public static final int STATEMENT_MAXLENGTH = 4000;
  public static final int REASON_MAXLENGTH = 2000;
  public static final int CASE_NUMBER_MAXLENGTH = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  /** The decision appealed against. */
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "decision_id", updatable = false)
  private Decision decision;

  /** The application's status when appealed: where it goes back to if the decision stands. */
  @Enumerated(EnumType.STRING)
  @Column(name = "appealed_status", nullable = false, updatable = false)
  private ApplicationStatus appealedStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private AppealChannel channel;

  @Column(name = "grounds", nullable = false, updatable = false, length = GROUNDS_MAXLENGTH)
  private String grounds;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "deadline", nullable = false, updatable = false)
  private LocalDate deadline;

  @Column(name = "registered_by", nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  /** Why a late appeal is considered anyway (fvl. § 31). */
  @Column(name = "late_reason", length = REASON_MAXLENGTH)
  private String lateReason;

  @Column(name = "late_considered_by")
  private String lateConsideredBy;

  @Column(name = "late_considered_at")
  private Instant lateConsideredAt;

  @Column(name = "forwarded_on")
  private LocalDate forwardedOn;

  /** The county's statement to the appeal body (oversendelse). */
  @Column(name = "forwarding_statement", length = STATEMENT_MAXLENGTH)
  private String forwardingStatement;

  @Column(name = "forwarded_by")
  private String forwardedBy;

  @Column(name = "forwarded_at")
  private Instant forwardedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private AppealOutcome outcome;

  /** The day the outcome was decided (the appeal body's decision date, or the county's action). */
  @Column(name = "outcome_on")
  private LocalDate outcomeOn;

  @Column(name = "body_case_number", length = CASE_NUMBER_MAXLENGTH)
  private String bodyCaseNumber;

  @Column(name = "outcome_reason", length = REASON_MAXLENGTH)
  private String outcomeReason;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Appeal() {}

  Appeal(
      Decision decision,
      ApplicationStatus appealedStatus,
      AppealChannel channel,
      String grounds,
      LocalDate receivedOn,
      String by,
      Instant at) {
    this.applicationId = decision.getApplicationId();
    this.decision = decision;
    this.appealedStatus = appealedStatus;
    this.channel = channel;
    this.grounds = text(grounds, "validation.appeal.groundsRequired", GROUNDS_MAXLENGTH);
    this.receivedOn = receivedOn;
    this.deadline = AppealDeadline.forDecisionAt(decision.getDecidedAt()).lastDay();
    this.registeredBy = by;
    this.registeredAt = at;
  }

  /** A late appeal is considered anyway (fvl. § 31), with the reason. */
  void considerLate(String reason, String by, Instant at) {
    requireOpen();
    if (!isLate()) {
      throw new BusinessException("appeal.notLate");
    }
    if (lateReason != null) {
      throw new BusinessException("appeal.lateAlreadyDecided");
    }
    this.lateReason = text(reason, "validation.appeal.reasonRequired", REASON_MAXLENGTH);
    this.lateConsideredBy = by;
    this.lateConsideredAt = at;
  }

  /** Dismissed because it came too late: only a late appeal nobody has chosen to consider. */
  void dismissAsLate(String reason, LocalDate today, String by, Instant at) {
    requireOpen();
    if (!isLate()) {
      throw new BusinessException("appeal.notLate");
    }
    if (lateReason != null) {
      throw new BusinessException("appeal.lateAlreadyDecided");
    }
    requireNotForwarded();
    close(
        AppealOutcome.DISMISSED_LATE,
        today,
        null,
        text(reason, "validation.appeal.reasonRequired", REASON_MAXLENGTH),
        by,
        at);
  }

  /** The county reverses its decision itself (fvl. § 33 second paragraph), before forwarding. */
  void reverse(String reason, LocalDate today, String by, Instant at) {
    requireConsiderable();
    requireNotForwarded();
    close(
        AppealOutcome.REVERSED_BY_COUNTY,
        today,
        null,
        text(reason, "validation.appeal.reasonRequired", REASON_MAXLENGTH),
        by,
        at);
  }

  /** Sent to the appeal body with the county's statement, on a day not before it was received. */
  void forward(LocalDate on, String statement, LocalDate today, String by, Instant at) {
    requireConsiderable();
    requireNotForwarded();
    requirePastDate(on, today);
    if (on.isBefore(receivedOn)) {
      throw new InvalidInputException("validation.appeal.forwardedBeforeReceived");
    }
    this.forwardingStatement =
        text(statement, "validation.appeal.statementRequired", STATEMENT_MAXLENGTH);
    this.forwardedOn = on;
    this.forwardedBy = by;
    this.forwardedAt = at;
  }

  /** The appeal body's outcome, with its decision date and case number. */
  void recordBodyOutcome(
      AppealOutcome bodyOutcome,
      LocalDate on,
      String caseNumber,
      String summary,
      LocalDate today,
      String by,
      Instant at) {
    requireOpen();
    if (forwardedOn == null) {
      throw new BusinessException("appeal.notForwarded");
    }
    if (bodyOutcome == null || !bodyOutcome.isBodyOutcome()) {
      throw new InvalidInputException("validation.appeal.bodyOutcomeRequired");
    }
    requirePastDate(on, today);
    if (on.isBefore(forwardedOn)) {
      throw new InvalidInputException("validation.appeal.outcomeBeforeForwarded");
    }
    String number = text(caseNumber, "validation.appeal.caseNumberRequired", CASE_NUMBER_MAXLENGTH);
    close(bodyOutcome, on, number, optionalText(summary, REASON_MAXLENGTH), by, at);
  }

  /** The applicant withdrew the appeal (at any stage while it is open). */
  void withdraw(String note, LocalDate today, String by, Instant at) {
    requireOpen();
    close(AppealOutcome.WITHDRAWN, today, null, optionalText(note, REASON_MAXLENGTH), by, at);
  }

  private void close(
      AppealOutcome result, LocalDate on, String caseNumber, String reason, String by, Instant at) {
    this.outcome = result;
    this.outcomeOn = on;
    this.bodyCaseNumber = caseNumber;
    this.outcomeReason = reason;
    this.closedBy = by;
    this.closedAt = at;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new BusinessException("appeal.closed");
    }
  }

  /** Open, and either in time or considered although late. */
  private void requireConsiderable() {
    requireOpen();
    if (isLateUndecided()) {
      throw new BusinessException("appeal.lateUndecided");
    }
  }

  private void requireNotForwarded() {
    if (isForwarded()) {
      throw new BusinessException("appeal.alreadyForwarded");
    }
  }

  static void requirePastDate(LocalDate date, LocalDate today) {
    if (date == null) {
      throw new InvalidInputException("validation.appeal.dateRequired");
    }
    if (date.isAfter(today)) {
      throw new InvalidInputException("validation.appeal.dateInFuture");
    }
  }

  static String text(String value, String requiredKey, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(requiredKey);
    }
    return optionalText(value, max);
  }

  static String optionalText(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > max) {
      throw new InvalidInputException("validation.tooLong", max);
    }
    return value.strip();
  }

  public boolean isOpen() {
    return outcome == null;
  }

  public boolean isLate() {
    return receivedOn.isAfter(deadline);
  }

  public long getDaysLate() {
    return Math.max(0, ChronoUnit.DAYS.between(deadline, receivedOn));
  }

  /** Late, open and nobody has yet chosen to consider it anyway. */
  public boolean isLateUndecided() {
    return isOpen() && isLate() && lateReason == null;
  }

  public boolean isForwarded() {
    return forwardedOn != null;
  }

  /** Where it stands, for the audit trail: RECEIVED, FORWARDED or its outcome. */
  public String stage() {
    return outcome != null ? outcome.name() : isForwarded() ? "FORWARDED" : "RECEIVED";
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Decision getDecision() {
    return decision;
  }

  public ApplicationStatus getAppealedStatus() {
    return appealedStatus;
  }

  public AppealChannel getChannel() {
    return channel;
  }

  public String getGrounds() {
    return grounds;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getLateReason() {
    return lateReason;
  }

  public String getLateConsideredBy() {
    return lateConsideredBy;
  }

  public Instant getLateConsideredAt() {
    return lateConsideredAt;
  }

  public LocalDate getForwardedOn() {
    return forwardedOn;
  }

  public String getForwardingStatement() {
    return forwardingStatement;
  }

  public String getForwardedBy() {
    return forwardedBy;
  }

  public Instant getForwardedAt() {
    return forwardedAt;
  }

  public AppealOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getOutcomeOn() {
    return outcomeOn;
  }

  public String getBodyCaseNumber() {
    return bodyCaseNumber;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
