package no.biogrants.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

/**
 * One county's share of an allocation for a year, with its balance. The balance columns change only
 * together with the ledger entry they reflect, while the row is locked (see {@link Ledger}).
 * available = allocated + transferred − committed, and it is never below zero.
 */
@Entity
@Table(name = "budget_line")
@NamedQuery(
    name = "BudgetLine.forYear",
    query =
        "SELECT b FROM BudgetLine b WHERE b.year = :year ORDER BY b.countyCode, b.allocation.id")
@NamedQuery(
    name = "BudgetLine.forCountyAndYear",
    query =
        "SELECT b FROM BudgetLine b WHERE b.year = :year AND b.countyCode = :county"
            + " ORDER BY b.allocation.id")
public class BudgetLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "allocation_id")
  private Allocation allocation;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  @Column(name = "budget_year", nullable = false)
  private int year;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "allocated", nullable = false)
  private Money allocated = Money.ZERO;

  @Column(name = "transferred", nullable = false)
  private Money transferred = Money.ZERO;

  @Column(name = "committed", nullable = false)
  private Money committed = Money.ZERO;

  @Column(name = "disbursed", nullable = false)
  private Money disbursed = Money.ZERO;

  @Column(name = "released", nullable = false)
  private Money released = Money.ZERO;

  @Column(name = "reclaimed", nullable = false)
  private Money reclaimed = Money.ZERO;

  @Version private long version;

  protected BudgetLine() {}

  BudgetLine(Allocation allocation, String countyCode, int year, String name) {
    this.allocation = allocation;
    this.countyCode = countyCode;
    this.year = year;
    this.name = name;
  }

  public Money getAvailable() {
    return allocated.plus(transferred).minus(committed);
  }

  void allocate(Money amount) {
    apply(LedgerEntryType.ALLOCATION, amount);
  }

  /**
   * Applies one movement to the balance (a reversal is the same type with the opposite amount) and
   * refuses, with the line's figures, anything that would leave it overcommitted or negative.
   *
   * <ul>
   *   <li>ALLOCATION: allocated; TRANSFER, CARRY_OVER: transferred (signed);
   *   <li>COMMITMENT: committed; RELEASE: committed down, released up;
   *   <li>DISBURSEMENT: disbursed; RECLAIM: reclaimed up and committed down (the money is back).
   * </ul>
   */
  void apply(LedgerEntryType type, Money amount) {
    Money availableBefore = getAvailable();
    switch (type) {
      case ALLOCATION -> allocated = allocated.plus(amount);
      case TRANSFER, CARRY_OVER -> transferred = transferred.plus(amount);
      case COMMITMENT -> committed = committed.plus(amount);
      case RELEASE -> {
        committed = committed.minus(amount);
        released = released.plus(amount);
      }
      case DISBURSEMENT -> disbursed = disbursed.plus(amount);
      case RECLAIM -> {
        reclaimed = reclaimed.plus(amount);
        committed = committed.minus(amount);
      }
    }
    if (getAvailable().isNegative()) {
      throw new BusinessException("budget.insufficient", name, availableBefore, amount.abs());
    }
    if (committed.isNegative()
        || disbursed.isNegative()
        || released.isNegative()
        || reclaimed.isNegative()
        || allocated.isNegative()) {
      throw new BusinessException("budget.negativeBalance", name);
    }
  }

  public Long getId() {
    return id;
  }

  public Allocation getAllocation() {
    return allocation;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public int getYear() {
    return year;
  }

  public String getName() {
    return name;
  }

  public Money getAllocated() {
    return allocated;
  }

  public Money getTransferred() {
    return transferred;
  }

  public Money getCommitted() {
    return committed;
  }

  public Money getDisbursed() {
    return disbursed;
  }

  public Money getReleased() {
    return released;
  }

  public Money getReclaimed() {
    return reclaimed;
  }

  public boolean funds(FundPurpose purpose) {
    return allocation.getPurposes().contains(purpose);
  }
}
