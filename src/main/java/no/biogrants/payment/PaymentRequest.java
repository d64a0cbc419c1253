package no.biogrants.payment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyAttributeConverter;

/**
 * A company's request for a payment (utbetalingsanmodning) with its accumulated documented eligible
 * costs; the final one carries the final report (sluttrapport). The caseworker checks it against
 * {@link PaymentRules} and approves it (a second person above the scheme's limit) or rejects it
 * with a reason. Once paid, it names its DISBURSEMENT ledger entry and is never changed again,
 * except for the payment file batch it is exported in.
 */
@Entity
@Table(name = "payment_request")
@NamedQuery(
    name = "PaymentRequest.forApplication",
    query = "SELECT p FROM PaymentRequest p WHERE p.applicationId = :application ORDER BY p.id")
@NamedQuery(
    name = "PaymentRequest.unexported",
    query =
        "SELECT p FROM PaymentRequest p, GrantApplication a WHERE a.id = p.applicationId"
            + " AND a.countyCode = :county AND p.status = no.biogrants.payment.PaymentRequestStatus.PAID"
            + " AND p.exportId IS NULL AND p.ledgerEntryId IS NOT NULL ORDER BY p.id")
@NamedQuery(
    name = "PaymentRequest.inExport",
    query = "SELECT p FROM PaymentRequest p WHERE p.exportId = :export ORDER BY p.id")
@NamedQuery(
    name = "PaymentRequest.awaiting",
    query =
        "SELECT p FROM PaymentRequest p, GrantApplication a WHERE a.id = p.applicationId"
            + " AND a.countyCode = :county AND p.status IN (no.biogrants.payment.PaymentRequestStatus.SUBMITTED,"
            + " no.biogrants.payment.PaymentRequestStatus.FIRST_APPROVED) ORDER BY p.requestedAt")
public class PaymentRequest {

  public static final int REPORT_MAXLENGTH = 4000;
  public static final int REASON_MAXLENGTH = 2000;
  public static final int AUDITOR_MAXLENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private PaymentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PaymentRequestStatus status = PaymentRequestStatus.SUBMITTED;

  @Column(name = "documented_costs", nullable = false, updatable = false)
  private Money documentedCosts;

  /** The actual costs per category the documented costs were worked out from (PAY-P1–PAY-P3). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "payment_cost", joinColumns = @JoinColumn(name = "payment_request_id"))
  @MapKeyColumn(name = "category")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "amount", nullable = false)
  @Convert(converter = MoneyAttributeConverter.class)
  private Map<CostCategory, Money> actualCosts = new EnumMap<>(CostCategory.class);

  @Column(name = "participants", updatable = false)
  private Integer participants;

  @Column(name = "training_hours", updatable = false)
  private Integer trainingHours;

  @Column(name = "report", updatable = false, length = REPORT_MAXLENGTH)
  private String report;

  @Column(name = "auditor_attested", nullable = false, updatable = false)
  private boolean auditorAttested;

  @Column(name = "auditor_name", updatable = false, length = AUDITOR_MAXLENGTH)
  private String auditorName;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "amount")
  private Money amount;

  /** Who approved or rejected it; null while nobody has (EclipseLink reads all-empty as null). */
  @Embedded private PaymentApprovals approvals = new PaymentApprovals();

  @Column(name = "ledger_entry_id")
  private Long ledgerEntryId;

  @Column(name = "export_id")
  private Long exportId;

  @Version private long version;

  protected PaymentRequest() {}

  PaymentRequest(
      Long applicationId,
      PaymentKind kind,
      ActualCosts costs,
      FinalReport report,
      String requestedBy,
      Instant requestedAt) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.actualCosts.putAll(costs.amounts());
    this.documentedCosts = costs.eligible();
    if (report != null) {
      this.participants = report.participants();
      this.trainingHours = report.trainingHours();
      this.report = report.text();
      this.auditorAttested = report.auditorAttested();
      this.auditorName = report.auditorName();
    }
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /** The first approval of a payment that needs a second person. */
  void approveFirst(String actor, Instant now, Money payable) {
    requireOpen();
    this.amount = payable;
    getApprovals().approve(actor, now);
    this.status = PaymentRequestStatus.FIRST_APPROVED;
  }

  /** Approved (by one, or by the second of two) and booked on the ledger. */
  void paid(String actor, Instant now, Money payable, Long ledgerEntryId) {
    requireOpen();
    getApprovals().approve(actor, now);
    this.amount = payable;
    this.ledgerEntryId = ledgerEntryId;
    this.status = PaymentRequestStatus.PAID;
  }

  void reject(String actor, Instant now, String reason) {
    requireOpen();
    getApprovals().reject(actor, now, reason);
    this.status = PaymentRequestStatus.REJECTED;
  }

  void exportedIn(Long exportId) {
    this.exportId = exportId;
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new BusinessException("payment.notOpen", status);
    }
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public PaymentKind getKind() {
    return kind;
  }

  public PaymentRequestStatus getStatus() {
    return status;
  }

  public Money getDocumentedCosts() {
    return documentedCosts;
  }

  /**
   * The actual costs per category as the company reported them; null for a request made before they
   * were asked for.
   */
  public ActualCosts getActualCosts() {
    return actualCosts.isEmpty() ? null : new ActualCosts(actualCosts);
  }

  /** The actual cost of one category, zero when not reported. */
  public Money actualCost(CostCategory category) {
    return actualCosts.getOrDefault(category, Money.ZERO);
  }

  public Integer getParticipants() {
    return participants;
  }

  public Integer getTrainingHours() {
    return trainingHours;
  }

  public String getReport() {
    return report;
  }

  public boolean isAuditorAttested() {
    return auditorAttested;
  }

  public String getAuditorName() {
    return auditorName;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  /** What was (or, after a first approval, will be) paid; null before approval. */
  public Money getAmount() {
    return amount;
  }

  /** Who approved or rejected the request, and when (all empty while it waits). */
  public PaymentApprovals getApprovals() {
    if (approvals == null) {
      approvals = new PaymentApprovals();
    }
    return approvals;
  }

  public Long getLedgerEntryId() {
    return ledgerEntryId;
  }

  public Long getExportId() {
    return exportId;
  }

  public long getVersion() {
    return version;
  }
}
