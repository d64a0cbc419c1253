package no.biogrants.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * The analysts' reports (package doc): spending by any dimension, oversubscription, fund purposes
 * and the cases behind them. Everything is aggregated in SQL over indexed columns; the case list is
 * read in keyset pages. Analysts only; a county analyst's filter is narrowed to their county, and
 * asking for another county is refused (REP-R2).
 */
@Stateless
@RolesAllowed({Role.ANALYST_ROLE, Role.SYSTEM_ROLE})
public class Reports {

  /** Dimensions oversubscription can be given by (it needs money of its own per key). */
  public static final Set<Dimension> OVERSUBSCRIPTION_DIMENSIONS =
      Set.of(Dimension.COUNTY, Dimension.ROUND, Dimension.BUDGET_LINE);

  @PersistenceContext private EntityManager em;

  /** The filter as the actor may run it: a county analyst's always narrowed to their county. */
  public ReportFilter scoped(Actor actor, ReportFilter filter) {
    AccessDeniedException.unless(actor.has(Role.ANALYST));
    if (actor.countyCode() == null) {
      return filter;
    }
    AccessDeniedException.unless(
        filter.county() == null || filter.county().equals(actor.countyCode()));
    return filter.withCounty(actor.countyCode());
  }

  public List<SpendingRow> spending(
      Actor actor, Dimension dimension, ReportFilter filter, Locale locale) {
    return spending(actor, Grouping.of(dimension), filter, locale);
  }

  /**
   * The spending report grouped by one or two dimensions: a row per key (per pair of keys that has
   * applications), in key order; NACE divisions folded into sections, quarters merged with the
   * ledger's quarters.
   */
  public List<SpendingRow> spending(
      Actor actor, Grouping grouping, ReportFilter filter, Locale locale) {
    ReportFilter scoped = scoped(actor, filter);
    SqlWhere where = ApplicationFigures.where(scoped);
    List<SpendingRow> rows =
        grouped(ApplicationFigures.grouped(grouping, where), where, grouping.twoDimensions());
    if (grouping.has(Dimension.QUARTER)) {
      SqlWhere ledgerWhere = ApplicationFigures.where(scoped);
      rows = SpendingTable.mergeQuarters(rows, ledgerByQuarter(grouping, ledgerWhere));
    }
    if (grouping.has(Dimension.INDUSTRY)) {
      UnaryOperator<String> section = NaceSections::sectionOf;
      rows =
          SpendingTable.fold(
              rows,
              grouping.dimension() == Dimension.INDUSTRY ? section : UnaryOperator.identity(),
              grouping.by() == Dimension.INDUSTRY ? section : UnaryOperator.identity());
    } else {
      rows = SpendingTable.sorted(rows);
    }
    Map<String, String> names = names(grouping.dimension());
    Map<String, String> byNames = grouping.twoDimensions() ? names(grouping.by()) : Map.of();
    UnaryOperator<String> text = key -> Messages.text(locale, key);
    return rows.stream()
        .map(
            r ->
                r.withLabels(
                    ReportLabels.of(grouping.dimension(), r.key(), names, text),
                    grouping.twoDimensions()
                        ? ReportLabels.of(grouping.by(), r.byKey(), byNames, text)
                        : null))
        .toList();
  }

  public List<OversubscriptionRow> oversubscription(
      Actor actor, Dimension dimension, ReportFilter filter, Locale locale) {
    if (!OVERSUBSCRIPTION_DIMENSIONS.contains(dimension)) {
      throw new InvalidInputException("reports.groupBy.oversubscription");
    }
    ReportFilter scoped = scoped(actor, filter);
    SqlWhere where = ApplicationFigures.where(scoped);
    List<SpendingRow> applied =
        grouped(ApplicationFigures.grouped(Grouping.of(dimension), where), where, false);
    List<OversubscriptionRow> rows =
        OversubscriptionTable.join(available(dimension, scoped), applied);
    Map<String, String> names = names(dimension);
    UnaryOperator<String> text = key -> Messages.text(locale, key);
    return rows.stream()
        .map(r -> r.withLabel(ReportLabels.of(dimension, r.key(), names, text)))
        .toList();
  }

  /** Per budget line of the year: what its money was committed to (net), by fund purpose. */
  public List<FundPurposeRow> fundPurposes(Actor actor, ReportFilter filter) {
    SqlWhere where = new SqlWhere();
    String sql = BudgetLineFigures.fundPurposes(scoped(actor, filter), where);
    List<FundPurposeRow> rows = new ArrayList<>();
    for (Object[] r : rows(where.bind(em.createNativeQuery(sql)))) {
      rows.add(
          new FundPurposeRow(
              String.valueOf(((Number) r[0]).longValue()),
              (String) r[1],
              Boolean.TRUE.equals(r[2]) || Integer.valueOf(1).equals(r[2]),
              Money.fromSql(r[3]),
              Money.fromSql(r[4]),
              Money.fromSql(r[5]),
              Money.fromSql(r[6])));
    }
    return rows;
  }

  /** Up to {@code limit} cases with an id above {@code afterId}, by id (one keyset page). */
  public List<CaseRow> casePage(Actor actor, ReportFilter filter, long afterId, int limit) {
    SqlWhere where = ApplicationFigures.where(scoped(actor, filter));
    int afterParameter = where.next();
    Query query =
        where.bind(
            em.createNativeQuery(
                ApplicationFigures.casePage(
                    where, afterParameter, 0, Math.max(1, Math.min(limit, 5000)))));
    query.setParameter(afterParameter, afterId);
    return rows(query).stream().map(CaseRow::fromSql).toList();
  }

  /** The cases with an id in (afterId, toId], by id: one id window of the case list (REP-R5). */
  public List<CaseRow> caseWindow(Actor actor, ReportFilter filter, long afterId, long toId) {
    SqlWhere where = ApplicationFigures.where(scoped(actor, filter));
    int afterParameter = where.next();
    String sql =
        ApplicationFigures.casePage(where, afterParameter, afterParameter + 1, CasePages.WINDOW);
    Query query = where.bind(em.createNativeQuery(sql));
    query.setParameter(afterParameter, afterId);
    query.setParameter(afterParameter + 1, Math.min(toId, afterId + CasePages.WINDOW));
    return rows(query).stream().map(CaseRow::fromSql).toList();
  }

  /** The highest application id (0 without any): where the case list's id windows end. */
  public long lastApplicationId() {
    Object max = em.createNativeQuery("SELECT MAX(id) FROM grant_application").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  public long countCases(Actor actor, ReportFilter filter) {
    SqlWhere where = ApplicationFigures.where(scoped(actor, filter));
    return ((Number)
            where.bind(em.createNativeQuery(ApplicationFigures.count(where))).getSingleResult())
        .longValue();
  }

  /**
   * A value a filter can take, with its label (rounds and budget lines the actor may see in a
   * year).
   */
  public record Choice(String key, String label) implements Serializable {}

  public List<Choice> rounds(Actor actor, int year) {
    return choices(
        actor,
        year,
        "SELECT r.id, CONCAT(c.name, ': ', r.name) FROM funding_round r JOIN scheme s ON s.id = r.scheme_id"
            + " JOIN county c ON c.code = s.county_code WHERE s.scheme_year = ?1 %s ORDER BY s.county_code, r.id",
        "s.county_code");
  }

  public List<Choice> budgetLines(Actor actor, int year) {
    return choices(
        actor,
        year,
        "SELECT bl.id, CONCAT(c.name, ': ', bl.name) FROM budget_line bl JOIN county c ON c.code = bl.county_code"
            + " WHERE bl.budget_year = ?1 %s ORDER BY bl.county_code, bl.id",
        "bl.county_code");
  }

  private List<Choice> choices(Actor actor, int year, String sql, String countyColumn) {
    AccessDeniedException.unless(actor.has(Role.ANALYST));
    boolean county = actor.countyCode() != null;
    Query query =
        em.createNativeQuery(sql.formatted(county ? "AND " + countyColumn + " = ?2" : ""))
            .setParameter(1, year);
    if (county) {
      query.setParameter(2, actor.countyCode());
    }
    return rows(query).stream().map(r -> new Choice(key(r[0]), (String) r[1])).toList();
  }

  private List<SpendingRow> grouped(String sql, SqlWhere where, boolean twoKeys) {
    List<SpendingRow> rows = new ArrayList<>();
    int figures = twoKeys ? 2 : 1;
    for (Object[] r : rows(where.bind(em.createNativeQuery(sql)))) {
      rows.add(
          new SpendingRow(
              key(r[0]),
              null,
              twoKeys ? key(r[1]) : null,
              null,
              SpendingFigures.fromSql(r, figures)));
    }
    return rows;
  }

  private List<SpendingRow> ledgerByQuarter(Grouping grouping, SqlWhere where) {
    List<SpendingRow> rows = new ArrayList<>();
    int m = grouping.twoDimensions() ? 2 : 1;
    for (Object[] r :
        rows(
            where.bind(
                em.createNativeQuery(ApplicationFigures.ledgerByQuarter(grouping, where))))) {
      SpendingFigures ledger =
          SpendingFigures.ledger(
              Money.fromSql(r[m]),
              Money.fromSql(r[m + 1]),
              Money.fromSql(r[m + 2]),
              Money.fromSql(r[m + 3]));
      rows.add(new SpendingRow(key(r[0]), null, m == 2 ? key(r[1]) : null, null, ledger));
    }
    return rows;
  }

  private List<OversubscriptionTable.Available> available(
      Dimension dimension, ReportFilter filter) {
    SqlWhere where = new SqlWhere();
    String sql = BudgetLineFigures.available(dimension, filter, where);
    List<OversubscriptionTable.Available> money = new ArrayList<>();
    for (Object[] r : rows(where.bind(em.createNativeQuery(sql)))) {
      money.add(
          new OversubscriptionTable.Available(
              key(r[0]), r[2] == null ? null : key(r[2]), Money.fromSql(r[1])));
    }
    return money;
  }

  private Map<String, String> names(Dimension dimension) {
    String sql = ApplicationFigures.LABELS.get(dimension);
    Map<String, String> names = new HashMap<>();
    if (sql != null) {
      for (Object[] r : rows(em.createNativeQuery(sql))) {
        names.put(key(r[0]), (String) r[1]);
      }
    }
    return names;
  }

  private static String key(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Number n ? String.valueOf(n.longValue()) : value.toString().strip();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }
}
