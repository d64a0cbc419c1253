package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.biogrants.identity.Role;
import no.biogrants.shared.Money;

/** Reads budget lines and their balances. */
@Stateless
@RolesAllowed({
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Budgets {

  @PersistenceContext private EntityManager em;

  public List<BudgetLine> linesForYear(int year) {
    return em.createNamedQuery("BudgetLine.forYear", BudgetLine.class)
        .setParameter("year", year)
        .getResultList();
  }

  public List<BudgetLine> linesFor(String countyCode, int year) {
    return em.createNamedQuery("BudgetLine.forCountyAndYear", BudgetLine.class)
        .setParameter("county", countyCode)
        .setParameter("year", year)
        .getResultList();
  }

  public List<BudgetLine> linesOf(Long allocationId) {
    return em.createQuery(
            "SELECT b FROM BudgetLine b WHERE b.allocation.id = :allocation ORDER BY b.countyCode",
            BudgetLine.class)
        .setParameter("allocation", allocationId)
        .getResultList();
  }

  public BudgetLine line(Long id) {
    return em.find(BudgetLine.class, id);
  }

  /** One page of a line's ledger, newest first, optionally of one entry type. */
  public List<LedgerEntry> ledgerPage(Long lineId, LedgerEntryType type, int first, int pageSize) {
    var query =
        em.createQuery(
                "SELECT e FROM LedgerEntry e WHERE e.budgetLineId = :line"
                    + (type == null ? "" : " AND e.type = :type")
                    + " ORDER BY e.id DESC",
                LedgerEntry.class)
            .setParameter("line", lineId);
    if (type != null) {
      query.setParameter("type", type);
    }
    return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  public int ledgerCount(Long lineId, LedgerEntryType type) {
    var query =
        em.createQuery(
                "SELECT COUNT(e) FROM LedgerEntry e WHERE e.budgetLineId = :line"
                    + (type == null ? "" : " AND e.type = :type"),
                Long.class)
            .setParameter("line", lineId);
    if (type != null) {
      query.setParameter("type", type);
    }
    return query.getSingleResult().intValue();
  }

  /** The grants and measures with money on the line: committed, disbursed, open. */
  public List<OwnerRow> owners(Long lineId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.application_id, e.measure_id, COALESCE(MAX(a.reference), MAX(m.name)),"
                    + " SUM(CASE WHEN e.entry_type = 'COMMITMENT' THEN e.amount"
                    + "          WHEN e.entry_type IN ('RELEASE', 'RECLAIM') THEN -e.amount ELSE 0 END),"
                    + " SUM(CASE WHEN e.entry_type = 'DISBURSEMENT' THEN e.amount"
                    + "          WHEN e.entry_type = 'RECLAIM' THEN -e.amount ELSE 0 END)"
                    + " FROM ledger_entry e"
                    + " LEFT JOIN grant_application a ON a.id = e.application_id"
                    + " LEFT JOIN measure m ON m.id = e.measure_id"
                    + " WHERE e.budget_line_id = ? AND (e.application_id IS NOT NULL OR e.measure_id IS NOT NULL)"
                    + " GROUP BY e.application_id, e.measure_id ORDER BY 3")
            .setParameter(1, lineId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new OwnerRow(
                    r[0] == null ? null : ((Number) r[0]).longValue(),
                    r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2],
                    Money.fromSql(r[3]),
                    Money.fromSql(r[4])))
        .toList();
  }

  public List<Integer> years() {
    return em.createQuery(
            "SELECT DISTINCT b.year FROM BudgetLine b ORDER BY b.year DESC", Integer.class)
        .getResultList();
  }
}
