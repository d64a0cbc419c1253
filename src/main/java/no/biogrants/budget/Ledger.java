package no.biogrants.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.biogrants.audit.AuditLog;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

/**
 * The only way money moves. Each movement locks the budget line's row first ({@code SELECT … FOR
 * UPDATE}), checks the rule, changes the balance row and appends the ledger entry and its audit
 * line, all in the caller's transaction. Concurrent approvals on one line therefore serialise on
 * that row, and the loser sees the line's real figures.
 */
@Stateless
public class Ledger {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /** Registers an allocation and its county lines, each with an ALLOCATION entry. */
  public Allocation registerAllocation(Allocation allocation, Map<String, Money> countyAmounts, String lineName, String actor) {
    em.persist(allocation);
    em.flush();
    audit.record(actor, "ALLOCATION_REGISTERED", "Allocation", allocation.getId(), allocation.getName() + " " + allocation.getAmount());
    countyAmounts.forEach(
        (county, amount) -> {
          BudgetLine line = new BudgetLine(allocation, county, allocation.getYear(), lineName);
          em.persist(line);
          em.flush();
          line.allocate(amount);
          append(line.getId(), LedgerEntryType.ALLOCATION, amount, actor, null, allocation.getName());
        });
    return allocation;
  }

  /**
   * Books a commitment for a grant. Refused with {@code budget.insufficient} (line, available,
   * asked) when the line does not have the money.
   */
  public LedgerEntry commit(Long budgetLineId, Money amount, Long applicationId, String actor) {
    if (!amount.isPositive()) {
      throw new BusinessException("budget.amountNotPositive", amount);
    }
    // The entry and its audit line first; last, one conditional UPDATE that takes the line's write
    // lock, checks the room on the newest committed figures and books the amount. The lock is held
    // for that one statement and the commit. If the room is not there, everything rolls back.
    LedgerEntry entry =
        new LedgerEntry(budgetLineId, LedgerEntryType.COMMITMENT, amount, clock.instant(), actor, applicationId, null);
    em.persist(entry);
    em.flush();
    audit.record(
        actor, "LEDGER_COMMITMENT", "BudgetLine", budgetLineId, "entry " + entry.getId() + ": " + amount + " application " + applicationId);
    em.flush();
    int booked =
        em.createNativeQuery(
                "UPDATE budget_line SET committed = committed + ?, version = version + 1"
                    + " WHERE id = ? AND allocated + transferred - committed >= ?")
            .setParameter(1, amount.amount())
            .setParameter(2, budgetLineId)
            .setParameter(3, amount.amount())
            .executeUpdate();
    if (booked == 0) {
      BudgetLine line = em.find(BudgetLine.class, budgetLineId);
      if (line == null) {
        throw new BusinessException("budget.lineNotFound", budgetLineId);
      }
      throw new BusinessException("budget.insufficient", line.getName(), line.getAvailable(), amount);
    }
    return entry;
  }

  public BudgetLine lockLine(Long budgetLineId) {
    BudgetLine line = em.find(BudgetLine.class, budgetLineId, LockModeType.PESSIMISTIC_WRITE);
    if (line == null) {
      throw new BusinessException("budget.lineNotFound", budgetLineId);
    }
    return line;
  }

  public List<LedgerEntry> entriesOf(Long budgetLineId) {
    return em.createNamedQuery("LedgerEntry.forLine", LedgerEntry.class)
        .setParameter("line", budgetLineId)
        .getResultList();
  }

  public List<LedgerEntry> entriesForApplication(Long applicationId) {
    return em.createNamedQuery("LedgerEntry.forApplication", LedgerEntry.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  private LedgerEntry append(
      Long lineId, LedgerEntryType type, Money amount, String actor, Long applicationId, String note) {
    LedgerEntry entry =
        new LedgerEntry(lineId, type, amount, clock.instant(), actor, applicationId, note);
    em.persist(entry);
    em.flush();
    audit.record(
        actor,
        "LEDGER_" + type.name(),
        "BudgetLine",
        lineId,
        "entry " + entry.getId() + ": " + amount + (applicationId == null ? "" : " application " + applicationId));
    return entry;
  }
}
