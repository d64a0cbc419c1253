package no.biogrants.reporting;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.Money;

/**
 * Spending reports, aggregated in SQL (GROUP BY), never by loading entities. A county analyst sees
 * their own county; a national analyst (no county) sees all.
 *
 * <p>The quick table under the report builder; its "granted" is the money committed on budget
 * lines, which {@link Reports} calls "committed" (its "granted" is the decided amount). TODO [#6]
 * fold this table and its download into the standard report "spending by purpose" once the grant
 * journey reads that one.
 */
@Stateless
public class SpendingReports {

  private static final String SPENDING_BY_PURPOSE =
      "SELECT a.training_purpose, COUNT(*), SUM(a.amount_applied), COALESCE(SUM(c.committed), 0)"
          + " FROM grant_application a"
          + " JOIN funding_round r ON r.id = a.round_id"
          + " JOIN scheme s ON s.id = r.scheme_id"
          + " LEFT JOIN (SELECT application_id, SUM(amount) AS committed FROM ledger_entry"
          + "            WHERE entry_type = 'COMMITMENT' AND application_id IS NOT NULL"
          + "            GROUP BY application_id) c ON c.application_id = a.id"
          + " WHERE s.scheme_year = ?1 AND a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')"
          + " %s GROUP BY a.training_purpose";

  @PersistenceContext private EntityManager em;

  public List<SpendingByPurposeRow> spendingByPurpose(Actor actor, int year) {
    AccessDeniedException.unless(actor.has(Role.ANALYST));
    @SuppressWarnings("unchecked")
    boolean county = actor.countyCode() != null;
    jakarta.persistence.Query query =
        em.createNativeQuery(SPENDING_BY_PURPOSE.formatted(county ? "AND a.county_code = ?2" : ""))
            .setParameter(1, year);
    if (county) {
      query.setParameter(2, actor.countyCode());
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new SpendingByPurposeRow(
                    TrainingPurpose.valueOf((String) r[0]),
                    ((Number) r[1]).longValue(),
                    Money.fromSql(r[2]),
                    Money.fromSql(r[3])))
        .sorted(java.util.Comparator.comparing(SpendingByPurposeRow::purpose))
        .toList();
  }

}
