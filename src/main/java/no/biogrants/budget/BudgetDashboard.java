package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.Money;

/**
 * Money per county and year, aggregated in SQL: what was available for BIO, applied for, committed
 * and disbursed, and the oversubscription. County staff see their own county.
 */
@Stateless
@RolesAllowed({
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class BudgetDashboard {

  /** Counts as applied for: submitted and not withdrawn or dismissed. */
  private static final String APPLIED = "ga.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')";

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
          + "            WHERE s.scheme_year = ?1 AND "
          + APPLIED
          + "            GROUP BY ga.county_code) a ON a.county_code = c.code"
          + " WHERE (b.county_code IS NOT NULL OR a.county_code IS NOT NULL) %s"
          + " ORDER BY c.code";

  private static final String PER_LINE =
      "SELECT bl.id, bl.name, bl.county_code, bl.allocated + bl.transferred,"
          + " COALESCE((SELECT SUM(ga.amount_applied) FROM grant_application ga"
          + "           JOIN funding_round r ON r.id = ga.round_id"
          + "           WHERE r.budget_line_id = bl.id AND "
          + APPLIED
          + "), 0)"
          + " FROM budget_line bl WHERE bl.budget_year = ?1 %s ORDER BY bl.county_code, bl.id";

  private static final String PER_ROUND =
      "SELECT r.id, r.name, s.county_code, bl.allocated + bl.transferred,"
          + " COALESCE((SELECT SUM(ga.amount_applied) FROM grant_application ga"
          + "           WHERE ga.round_id = r.id AND "
          + APPLIED
          + "), 0)"
          + " FROM funding_round r JOIN scheme s ON s.id = r.scheme_id JOIN budget_line bl ON bl.id = r.budget_line_id"
          + " WHERE s.scheme_year = ?1 %s ORDER BY s.county_code, r.id";

  @PersistenceContext private EntityManager em;

  /** Applied for ÷ money per budget line of the year (through the rounds that draw on it). */
  public List<Oversubscription> perLine(Actor actor, int year) {
    return oversubscription(actor, year, PER_LINE, "bl.county_code");
  }

  /** Applied for ÷ the money of the round's line, per round of the year's schemes. */
  public List<Oversubscription> perRound(Actor actor, int year) {
    return oversubscription(actor, year, PER_ROUND, "s.county_code");
  }

  private List<Oversubscription> oversubscription(
      Actor actor, int year, String sql, String countyColumn) {
    check(actor);
    boolean county = actor.countyCode() != null;
    Query query =
        em.createNativeQuery(sql.formatted(county ? "AND " + countyColumn + " = ?2" : ""))
            .setParameter(1, year);
    if (county) {
      query.setParameter(2, actor.countyCode());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Oversubscription(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    Money.fromSql(r[3]),
                    Money.fromSql(r[4])))
        .toList();
  }

  private static void check(Actor actor) {
    AccessDeniedException.unless(
        actor.has(Role.ANALYST)
            || actor.has(Role.ADMIN)
            || actor.has(Role.CASEWORKER)
            || actor.has(Role.APPROVER));
  }

  public List<CountyBudgetRow> perCounty(Actor actor, int year) {
    check(actor);
    boolean county = actor.countyCode() != null;
    Query query =
        em.createNativeQuery(PER_COUNTY.formatted(county ? "AND c.code = ?2" : ""))
            .setParameter(1, year);
    if (county) {
      query.setParameter(2, actor.countyCode());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new CountyBudgetRow(
                    (String) r[0],
                    (String) r[1],
                    Money.fromSql(r[2]),
                    Money.fromSql(r[3]),
                    Money.fromSql(r[4]),
                    Money.fromSql(r[5])))
        .toList();
  }
}
