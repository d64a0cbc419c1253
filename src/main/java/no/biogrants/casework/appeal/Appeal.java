package no.biogrants.casework.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import no.biogrants.casework.Decision;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.BusinessException;

/**
 * An appeal (klage) on a decision: received on a date and checked against the decision's deadline;
 * if late, considered anyway or dismissed; reversed by the county or forwarded to the appeal body,
 * whose outcome is recorded. Open until it has an outcome. Each step keeps who and when, in a part
 * of its own mapped to the appeal's columns: {@link AppealReceipt}, {@link LateConsideration},
 * {@link AppealForwarding} and {@link AppealClosure} (the last three null until the step is taken).
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

  @Embedded private AppealReceipt receipt;

  /** Null unless the appeal came late and is considered anyway. */
  @Embedded private LateConsideration late;

  /** Null until forwarded to the appeal body. */
  @Embedded private AppealForwarding forwarding;

  /** Null while open. */
  @Embedded private AppealClosure closure;

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
    LocalDate deadline = AppealDeadline.forDecisionAt(decision.getDecidedAt()).lastDay();
    this.receipt = new AppealReceipt(channel, grounds, receivedOn, deadline, by, at);
  }

  /** A late appeal is considered anyway (fvl. § 31), with the reason. */
  void considerLate(String reason, String by, Instant at) {
    requireLateUndecided();
    this.late = new LateConsideration(reason, by, at);
  }

  /** Dismissed because it came too late: only a late appeal nobody has chosen to consider. */
  void dismissAsLate(String reason, LocalDate today, String by, Instant at) {
    requireLateUndecided();
    requireNotForwarded();
    this.closure = AppealClosure.byCounty(AppealOutcome.DISMISSED_LATE, reason, today, by, at);
  }

  /** The county reverses its decision itself (fvl. § 33 second paragraph), before forwarding. */
  void reverse(String reason, LocalDate today, String by, Instant at) {
    requireConsiderable();
    requireNotForwarded();
    this.closure = AppealClosure.byCounty(AppealOutcome.REVERSED_BY_COUNTY, reason, today, by, at);
  }

  /** Sent to the appeal body with the county's statement, on a day not before it was received. */
  void forward(LocalDate on, String statement, LocalDate today, String by, Instant at) {
    requireConsiderable();
    requireNotForwarded();
    this.forwarding = new AppealForwarding(on, statement, getReceivedOn(), today, by, at);
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
    if (forwarding == null) {
      throw new BusinessException("appeal.notForwarded");
    }
    this.closure =
        AppealClosure.byBody(bodyOutcome, on, caseNumber, summary, forwarding.on(), today, by, at);
  }

  /** The applicant withdrew the appeal (at any stage while it is open). */
  void withdraw(String note, LocalDate today, String by, Instant at) {
    requireOpen();
    this.closure = AppealClosure.withdrawn(note, today, by, at);
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new BusinessException("appeal.closed");
    }
  }

  /** Open, late, and nobody has yet chosen to consider it anyway. */
  private void requireLateUndecided() {
    requireOpen();
    if (!isLate()) {
      throw new BusinessException("appeal.notLate");
    }
    if (late != null) {
      throw new BusinessException("appeal.lateAlreadyDecided");
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

  public boolean isOpen() {
    return closure == null;
  }

  public boolean isLate() {
    return receipt.isLate();
  }

  public long getDaysLate() {
    return receipt.daysLate();
  }

  /** Late, open and nobody has yet chosen to consider it anyway. */
  public boolean isLateUndecided() {
    return isOpen() && isLate() && late == null;
  }

  public boolean isForwarded() {
    return forwarding != null;
  }

  /** Where it stands, for the audit trail: RECEIVED, FORWARDED or its outcome. */
  public String stage() {
    return closure != null ? closure.outcome().name() : isForwarded() ? "FORWARDED" : "RECEIVED";
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
    return receipt.channel();
  }

  public String getGrounds() {
    return receipt.grounds();
  }

  public LocalDate getReceivedOn() {
    return receipt.receivedOn();
  }

  public LocalDate getDeadline() {
    return receipt.deadline();
  }

  public String getRegisteredBy() {
    return receipt.registeredBy();
  }

  public Instant getRegisteredAt() {
    return receipt.registeredAt();
  }

  public String getLateReason() {
    return late == null ? null : late.reason();
  }

  public String getLateConsideredBy() {
    return late == null ? null : late.by();
  }

  public Instant getLateConsideredAt() {
    return late == null ? null : late.at();
  }

  public LocalDate getForwardedOn() {
    return forwarding == null ? null : forwarding.on();
  }

  public String getForwardingStatement() {
    return forwarding == null ? null : forwarding.statement();
  }

  public String getForwardedBy() {
    return forwarding == null ? null : forwarding.by();
  }

  public Instant getForwardedAt() {
    return forwarding == null ? null : forwarding.at();
  }

  public AppealOutcome getOutcome() {
    return closure == null ? null : closure.outcome();
  }

  public LocalDate getOutcomeOn() {
    return closure == null ? null : closure.on();
  }

  public String getBodyCaseNumber() {
    return closure == null ? null : closure.bodyCaseNumber();
  }

  public String getOutcomeReason() {
    return closure == null ? null : closure.reason();
  }

  public String getClosedBy() {
    return closure == null ? null : closure.by();
  }

  public Instant getClosedAt() {
    return closure == null ? null : closure.at();
  }
}
