package no.biogrants.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/** One money movement on a budget line. Append-only: corrected by a reversing entry. */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(
    name = "LedgerEntry.forLine",
    query = "SELECT e FROM LedgerEntry e WHERE e.budgetLineId = :line ORDER BY e.id DESC")
@NamedQuery(
    name = "LedgerEntry.forApplication",
    query = "SELECT e FROM LedgerEntry e WHERE e.applicationId = :application ORDER BY e.id")
public class LedgerEntry {

  public static final int NOTE_MAXLENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "budget_line_id", nullable = false, updatable = false)
  private Long budgetLineId;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, updatable = false)
  private LedgerEntryType type;

  @Column(name = "amount", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "application_id", updatable = false)
  private Long applicationId;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "measure_id", updatable = false)
  private Long measureId;

  /** The entry this one reverses (same type, opposite amount); null for an ordinary entry. */
  @Column(name = "reverses_entry_id", updatable = false)
  private Long reversesEntryId;

  protected LedgerEntry() {}

  LedgerEntry(
      Long budgetLineId,
      LedgerEntryType type,
      Money amount,
      Instant occurredAt,
      String actor,
      LedgerRef ref,
      String note,
      Long reversesEntryId) {
    this.budgetLineId = budgetLineId;
    this.type = type;
    this.amount = amount;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.applicationId = ref.applicationId();
    this.measureId = ref.measureId();
    this.note = note;
    this.reversesEntryId = reversesEntryId;
  }

  /**
   * The entry as its audit line tells it: number, amount, and the grant, measure or entry it is
   * for.
   */
  String auditText() {
    StringBuilder text =
        new StringBuilder("entry ").append(id).append(": ").append(NorwegianFormat.money(amount));
    if (applicationId != null) {
      text.append(" application ").append(applicationId);
    }
    if (measureId != null) {
      text.append(" measure ").append(measureId);
    }
    if (reversesEntryId != null) {
      text.append(" reverses ").append(reversesEntryId);
    }
    return text.toString();
  }

  public LedgerRef ref() {
    return new LedgerRef(applicationId, measureId);
  }

  public Long getMeasureId() {
    return measureId;
  }

  public Long getReversesEntryId() {
    return reversesEntryId;
  }

  public Long getId() {
    return id;
  }

  public Long getBudgetLineId() {
    return budgetLineId;
  }

  public LedgerEntryType getType() {
    return type;
  }

  public Money getAmount() {
    return amount;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getNote() {
    return note;
  }
}
