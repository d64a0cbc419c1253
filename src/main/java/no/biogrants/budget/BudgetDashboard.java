package no.biogrants.budget;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.Money;

/**
 * Money per county and year, aggregated in SQL: what was available for BIO, applied for,
 * committed and disbursed, and the oversubscription. County staff see their own county.
 */
@Stateless
public class BudgetDashboard {

  private static final String PER_COUNTY =
      "SELECT c.code, c.name, COALESCE(b.available, 0), COALESCE(a.applied, 0), COALESCE(b.committed, 0),"
          + " COALESCE(b.disbursed, 0)"
          + " FROM county c"
          + " LEFT JOIN (SELECT bl.county_code, SUM(bl.allocated + bl.transferred) AS available,"
          + "            SUM(bl.committed) AS committed, SUM(bl.disbursed) AS disbursed"
          + "            FROM budget_line bl JOIN allocation_purpose ap"
          + "              ON ap.allocation_id = bl.allocation_id AND ap.purpose = 'BIO'"
          + "            WHERE bl.budget_year = ?1 GROUP BY bl.county_code) b ON b.county_code = c.code"
          + " LEFT JOIN (SELECT ga.county_code, SUM(ga.amount_applied) AS applied"
          + "            FROM grant_application ga JOIN funding_round r ON r.id = ga.round_id"
          + "            JOIN scheme s ON s.id = r.scheme_id"
          + "            WHERE s.scheme_year = ?1 AND ga.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')"
          + "            GROUP BY ga.county_code) a ON a.county_code = c.code"
          + " WHERE (b.county_code IS NOT NULL OR a.county_code IS NOT NULL) %s"
          + " ORDER BY c.code";

  @PersistenceContext private EntityManager em;

  public List<CountyBudgetRow> perCounty(Actor actor, int year) {
    AccessDeniedException.unless(
        actor.has(Role.ANALYST) || actor.has(Role.ADMIN) || actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    boolean county = actor.countyCode() != null;
    Query query = em.createNativeQuery(PER_COUNTY.formatted(county ? "AND c.code = ?2" : "")).setParameter(1, year);
    if (county) {
      query.setParameter(2, actor.countyCode());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(r -> new CountyBudgetRow((String) r[0], (String) r[1], money(r[2]), money(r[3]), money(r[4]), money(r[5])))
        .toList();
  }

  static Money money(Object value) {
    BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return Money.of(amount.setScale(Money.SCALE, Money.ROUNDING));
  }
}
