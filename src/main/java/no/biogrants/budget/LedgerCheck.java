package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.identity.Role;

/**
 * The ledger is the source of truth: recomputes every line's balance from its entries, in SQL, and
 * lists the lines whose balance row disagrees (there should never be any).
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.SYSTEM_ROLE})
public class LedgerCheck {

  /** A line whose stored balance differs from its ledger. */
  public record Mismatch(long lineId, String column, BigDecimal stored, BigDecimal fromLedger) {}

  private static final String RECOMPUTE =
      "SELECT b.id, b.allocated, b.transferred, b.committed, b.disbursed, b.released, b.reclaimed,"
          + " COALESCE(SUM(CASE WHEN e.entry_type = 'ALLOCATION' THEN e.amount END), 0),"
          + " COALESCE(SUM(CASE WHEN e.entry_type IN ('TRANSFER', 'CARRY_OVER') THEN e.amount END), 0),"
          + " COALESCE(SUM(CASE WHEN e.entry_type = 'COMMITMENT' THEN e.amount"
          + "                   WHEN e.entry_type IN ('RELEASE', 'RECLAIM') THEN -e.amount END), 0),"
          + " COALESCE(SUM(CASE WHEN e.entry_type = 'DISBURSEMENT' THEN e.amount END), 0),"
          + " COALESCE(SUM(CASE WHEN e.entry_type = 'RELEASE' THEN e.amount END), 0),"
          + " COALESCE(SUM(CASE WHEN e.entry_type = 'RECLAIM' THEN e.amount END), 0)"
          + " FROM budget_line b LEFT JOIN ledger_entry e ON e.budget_line_id = b.id"
          + " GROUP BY b.id, b.allocated, b.transferred, b.committed, b.disbursed, b.released, b.reclaimed";

  private static final String[] COLUMNS = {
    "allocated", "transferred", "committed", "disbursed", "released", "reclaimed"
  };

  @PersistenceContext private EntityManager em;

  public List<Mismatch> mismatches() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(RECOMPUTE).getResultList();
    List<Mismatch> mismatches = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      for (int i = 0; i < COLUMNS.length; i++) {
        BigDecimal stored = decimal(row[1 + i]);
        BigDecimal ledger = decimal(row[7 + i]);
        if (stored.compareTo(ledger) != 0) {
          mismatches.add(new Mismatch(id, COLUMNS[i], stored, ledger));
        }
      }
    }
    return mismatches;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
  }
}
