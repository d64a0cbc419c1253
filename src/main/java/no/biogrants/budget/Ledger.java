package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Role;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * The only way money moves. Every movement appends a ledger entry and its audit line and changes
 * the line's balance row in the same transaction, under the line's row lock, after checking the
 * rules: the line is never overcommitted, and for a grant or a measure the money paid never exceeds
 * what was committed to it. A correction is a reversal (same type, opposite amount), never an
 * update or a delete.
 */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Ledger {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /** Registers an allocation and its county lines, each with an ALLOCATION entry. */
  public Allocation registerAllocation(
      Allocation allocation, Map<String, Money> countyAmounts, String lineName, String actor) {
    em.persist(allocation);
    em.flush();
    audit.record(
        actor,
        "ALLOCATION_REGISTERED",
        "Allocation",
        allocation.getId(),
        allocation.getName() + " " + NorwegianFormat.money(allocation.getAmount()));
    countyAmounts.forEach(
        (county, amount) -> {
          BudgetLine line = new BudgetLine(allocation, county, allocation.getYear(), lineName);
          em.persist(line);
          em.flush();
          book(
              line,
              LedgerEntryType.ALLOCATION,
              amount,
              LedgerRef.LINE,
              actor,
              allocation.getName(),
              null);
        });
    return allocation;
  }

  /**
   * Books a commitment for a grant or a measure. Refused with {@code budget.insufficient} (line,
   * available, asked) when the line does not have the money. The hot path of every approval: the
   * entry and its audit line first, and last one conditional UPDATE that takes the line's write
   * lock, checks the room on the newest committed figures and books the amount, so the lock is held
   * for that one statement and the commit. If the room is not there, everything rolls back.
   */
  public LedgerEntry commit(Long budgetLineId, Money amount, LedgerRef ref, String actor) {
    LedgerRules.requirePositive(amount);
    LedgerEntry entry =
        new LedgerEntry(
            budgetLineId,
            LedgerEntryType.COMMITMENT,
            amount,
            clock.instant(),
            actor,
            ref,
            null,
            null);
    em.persist(entry);
    em.flush();
    audit.record(actor, "LEDGER_COMMITMENT", "BudgetLine", budgetLineId, entry.auditText());
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
      throw new BusinessException(
          "budget.insufficient", line.getName(), line.getAvailable(), amount);
    }
    return entry;
  }

  /**
   * Gives back part of a commitment that is not needed (it becomes available on the line again).
   */
  public LedgerEntry release(
      Long budgetLineId, Money amount, LedgerRef ref, String actor, String note) {
    LedgerRules.requirePositive(amount);
    return book(
        lockLine(budgetLineId),
        LedgerEntryType.RELEASE,
        amount,
        LedgerRules.requireOwner(ref),
        actor,
        note,
        null);
  }

  /** Pays out against a commitment; never more than is committed and not yet paid. */
  public LedgerEntry disburse(
      Long budgetLineId, Money amount, LedgerRef ref, String actor, String note) {
    LedgerRules.requirePositive(amount);
    return book(
        lockLine(budgetLineId),
        LedgerEntryType.DISBURSEMENT,
        amount,
        LedgerRules.requireOwner(ref),
        actor,
        note,
        null);
  }

  /** Money paid back by the grantee: the commitment shrinks and the money is available again. */
  public LedgerEntry reclaim(
      Long budgetLineId, Money amount, LedgerRef ref, String actor, String note) {
    LedgerRules.requirePositive(amount);
    return book(
        lockLine(budgetLineId),
        LedgerEntryType.RECLAIM,
        amount,
        LedgerRules.requireOwner(ref),
        actor,
        note,
        null);
  }

  /**
   * Moves available money between two lines of the same county and year (two TRANSFER entries, out
   * and in). The lines are locked in id order, so two transfers in opposite directions never
   * deadlock.
   */
  public List<LedgerEntry> transfer(
      Long fromLineId, Long toLineId, Money amount, String actor, String note) {
    return move(fromLineId, toLineId, amount, actor, note, LedgerEntryType.TRANSFER);
  }

  /** Carries unspent money of a line over to a line of the next year (two CARRY_OVER entries). */
  public List<LedgerEntry> carryOver(
      Long fromLineId, Long toLineId, Money amount, String actor, String note) {
    return move(fromLineId, toLineId, amount, actor, note, LedgerEntryType.CARRY_OVER);
  }

  /**
   * Reverses an entry: a new entry of the same type with the opposite amount, naming the one it
   * reverses; refused if it would break a rule (e.g. reversing an allocation already committed) or
   * if the entry was reversed already. A reversal itself cannot be reversed: book anew instead.
   */
  public LedgerEntry reverse(Long entryId, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("validation.reasons.required");
    }
    LedgerEntry original = em.find(LedgerEntry.class, entryId);
    if (original == null) {
      throw new BusinessException("budget.entryNotFound", entryId);
    }
    LedgerRules.requireNotAReversal(original);
    BudgetLine line = lockLine(original.getBudgetLineId());
    Long already =
        em.createQuery(
                "SELECT COUNT(e) FROM LedgerEntry e WHERE e.reversesEntryId = :id", Long.class)
            .setParameter("id", entryId)
            .getSingleResult();
    LedgerRules.requireNotReversedYet(original, already);
    return book(
        line,
        original.getType(),
        original.getAmount().negate(),
        original.ref(),
        actor,
        reason.strip(),
        entryId);
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

  /** What a grant or measure has on a line: committed (net) and disbursed (net of reclaims). */
  public OwnerBalance balanceOf(Long budgetLineId, LedgerRef ref) {
    return LedgerRules.balance(sums(budgetLineId, ref));
  }

  private List<LedgerEntry> move(
      Long fromLineId,
      Long toLineId,
      Money amount,
      String actor,
      String note,
      LedgerEntryType type) {
    LedgerRules.requirePositive(amount);
    LedgerRules.requireTwoLines(fromLineId, toLineId);
    BudgetLine first = lockLine(Math.min(fromLineId, toLineId));
    BudgetLine second = lockLine(Math.max(fromLineId, toLineId));
    BudgetLine from = first.getId().equals(fromLineId) ? first : second;
    BudgetLine to = from == first ? second : first;
    LedgerRules.requireMovable(from, to, type);
    LedgerEntry out = book(from, type, amount.negate(), LedgerRef.LINE, actor, note, null);
    LedgerEntry in = book(to, type, amount, LedgerRef.LINE, actor, note, null);
    return List.of(out, in);
  }

  private LedgerEntry book(
      BudgetLine line,
      LedgerEntryType type,
      Money amount,
      LedgerRef ref,
      String actor,
      String note,
      Long reverses) {
    LedgerRules.requireNoteFits(note);
    line.apply(type, amount);
    LedgerEntry entry =
        new LedgerEntry(line.getId(), type, amount, clock.instant(), actor, ref, note, reverses);
    em.persist(entry);
    em.flush();
    if (!ref.isLine()) {
      LedgerRules.requireNotOverdrawn(balanceOf(line.getId(), ref));
    }
    audit.record(actor, "LEDGER_" + type.name(), "BudgetLine", line.getId(), entry.auditText());
    return entry;
  }

  private Map<LedgerEntryType, Money> sums(Long budgetLineId, LedgerRef ref) {
    String column = ref.applicationId() != null ? "application_id" : "measure_id";
    Long owner = ref.applicationId() != null ? ref.applicationId() : ref.measureId();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT entry_type, SUM(amount) FROM ledger_entry WHERE budget_line_id = ? AND "
                    + column
                    + " = ? GROUP BY entry_type")
            .setParameter(1, budgetLineId)
            .setParameter(2, owner)
            .getResultList();
    Map<LedgerEntryType, Money> sums = new EnumMap<>(LedgerEntryType.class);
    for (LedgerEntryType type : LedgerEntryType.values()) {
      sums.put(type, Money.ZERO);
    }
    for (Object[] row : rows) {
      sums.put(LedgerEntryType.valueOf((String) row[0]), Money.fromSql(row[1]));
    }
    return sums;
  }
}
