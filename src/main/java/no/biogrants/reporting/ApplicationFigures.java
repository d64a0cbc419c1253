package no.biogrants.reporting;

import java.util.List;
import java.util.Map;

/**
 * The SQL behind every report: one row per application that counts as applied for (submitted, not
 * withdrawn or dismissed), with its measures read from where they live, each through an index on
 * the application's id (never by loading entities). Reports group these rows; the case list pages
 * through them by id (keyset). Aliases: {@code a} application, {@code r} round, {@code s} scheme,
 * {@code bl} the round's budget line.
 */
final class ApplicationFigures {

  /** Counts as applied for (design §6): submitted and not withdrawn or dismissed. */
  static final String APPLIED = "a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')";

  /**
   * {@code a.round_id + 0}: the applications are read in one pass in primary-key order and their
   * round found by its key, never reached from the year's schemes through the round index. Left to
   * itself MariaDB 10.11 starts from the scheme and reads the year's applications round by round, a
   * random read each, and the measures' subqueries then jump around their indexes: on a million
   * applications the spending report of a year took 104-106 s that way against 23-24 s this way
   * (the same rows). An expression instead of a MariaDB-only STRAIGHT_JOIN, so the SQL stays
   * portable (H2 in the tests). A filter on the round ({@code a.round_id = ?}) or the county still
   * uses its index.
   */
  static final String FROM =
      " FROM grant_application a"
          + " JOIN funding_round r ON r.id = a.round_id + 0"
          + " JOIN scheme s ON s.id = r.scheme_id"
          + " JOIN budget_line bl ON bl.id = r.budget_line_id";

  /** The newest decision's id for the application (a decision reversed on appeal is replaced). */
  private static final String NEWEST_DECISION =
      "(SELECT MAX(d2.id) FROM decision d2 WHERE d2.application_id = a.id)";

  static final String STATE_AID_BASIS =
      "(SELECT d.state_aid_basis FROM decision d WHERE d.id = " + NEWEST_DECISION + ")";

  static final String RECOMMENDED =
      "COALESCE((SELECT rc.amount FROM recommendation rc"
          + " WHERE rc.id = (SELECT MAX(r2.id) FROM recommendation r2 WHERE r2.application_id = a.id)), 0)";

  static final String GRANTED =
      "COALESCE((SELECT CASE WHEN d.outcome IN ('GRANTED', 'PARTIALLY_GRANTED') THEN d.amount ELSE 0 END"
          + " FROM decision d WHERE d.id = "
          + NEWEST_DECISION
          + "), 0)";

  static final String PARTICIPANTS =
      "COALESCE((SELECT SUM(t.participants) FROM training_plan_line t WHERE t.application_id = a.id), 0)";

  static final String TRAINING_HOURS =
      "COALESCE((SELECT SUM(t.hours * t.participants) FROM training_plan_line t WHERE t.application_id = a.id), 0)";

  private ApplicationFigures() {}

  static String ledger(String type) {
    return "COALESCE((SELECT SUM(l.amount) FROM ledger_entry l WHERE l.application_id = a.id AND l.entry_type = '"
        + type
        + "'), 0)";
  }

  /** The measures of one application, in the order {@link SpendingFigures} reads them. */
  static final List<String> MEASURES =
      List.of(
          "a.amount_applied",
          RECOMMENDED,
          GRANTED,
          ledger("COMMITMENT"),
          ledger("DISBURSEMENT"),
          ledger("RELEASE"),
          ledger("RECLAIM"),
          PARTICIPANTS,
          TRAINING_HOURS);

  /**
   * Per key (per pair of keys when grouped by two dimensions): COUNT and the sum of each measure
   * (10 columns after the key or keys).
   */
  static String grouped(Grouping grouping, SqlWhere where) {
    StringBuilder inner =
        new StringBuilder("SELECT ").append(grouping.dimension().sql()).append(" AS k");
    StringBuilder outer = new StringBuilder("SELECT x.k");
    if (grouping.twoDimensions()) {
      inner.append(", ").append(grouping.by().sql()).append(" AS k2");
      outer.append(", x.k2");
    }
    outer.append(", COUNT(*)");
    for (int i = 0; i < MEASURES.size(); i++) {
      inner.append(", ").append(MEASURES.get(i)).append(" AS m").append(i);
      outer.append(", SUM(x.m").append(i).append(')');
    }
    inner.append(FROM).append(" WHERE ").append(APPLIED).append(where.sql());
    return outer
        .append(" FROM (")
        .append(inner)
        .append(") x GROUP BY x.k")
        .append(grouping.twoDimensions() ? ", x.k2" : "")
        .toString();
  }

  /**
   * Ledger money of the filtered applications per quarter the entry was booked in (and per key of
   * the other dimension when grouped by two): the key or keys, then committed, disbursed, released,
   * reclaimed.
   */
  static String ledgerByQuarter(Grouping grouping, SqlWhere where) {
    String quarter = Quarters.sql("l.occurred_at");
    List<String> keys =
        grouping.dimensions().stream()
            .map(d -> d == Dimension.QUARTER ? quarter : d.sql())
            .toList();
    return "SELECT "
        + String.join(", ", keys)
        + ","
        + " SUM(CASE WHEN l.entry_type = 'COMMITMENT' THEN l.amount ELSE 0 END),"
        + " SUM(CASE WHEN l.entry_type = 'DISBURSEMENT' THEN l.amount ELSE 0 END),"
        + " SUM(CASE WHEN l.entry_type = 'RELEASE' THEN l.amount ELSE 0 END),"
        + " SUM(CASE WHEN l.entry_type = 'RECLAIM' THEN l.amount ELSE 0 END)"
        + " FROM ledger_entry l JOIN grant_application a ON a.id = l.application_id"
        + FROM.substring(" FROM grant_application a".length())
        + " WHERE "
        + APPLIED
        + where.sql()
        + " GROUP BY "
        + String.join(", ", keys);
  }

  /**
   * One page of the case list: applications with id above {@code afterId}, by id. With {@code
   * toIdParameter} (positive) the page is the id window (afterId, toId], read by primary key
   * whatever the other filters, so every page costs the same however far the list has come.
   */
  static String casePage(SqlWhere where, int afterIdParameter, int toIdParameter, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.id, a.reference, a.county_code, a.round_id, r.name, r.budget_line_id, a.company_name, a.org_number,"
                + " a.nace_code, a.employees, a.training_purpose, a.status, a.submitted_at, "
                + STATE_AID_BASIS);
    for (String measure : MEASURES) {
      sql.append(", ").append(measure);
    }
    return sql.append(FROM)
        .append(" WHERE ")
        .append(APPLIED)
        .append(where.sql())
        .append(" AND a.id > ?")
        .append(afterIdParameter)
        .append(toIdParameter > 0 ? " AND a.id <= ?" + toIdParameter : "")
        .append(" ORDER BY a.id LIMIT ")
        .append(limit)
        .toString();
  }

  static String count(SqlWhere where) {
    return "SELECT COUNT(*)" + FROM + " WHERE " + APPLIED + where.sql();
  }

  /** The conditions of a filter, on the aliases above. */
  static SqlWhere where(ReportFilter filter) {
    SqlWhere where = new SqlWhere();
    if (filter.year() != null) {
      where.and("s.scheme_year = ?", filter.year());
    }
    if (filter.county() != null) {
      where.and("a.county_code = ?", filter.county());
    }
    if (filter.roundId() != null) {
      where.and("a.round_id = ?", filter.roundId());
    }
    if (filter.budgetLineId() != null) {
      where.and("r.budget_line_id = ?", filter.budgetLineId());
    }
    if (filter.status() != null) {
      where.and("a.status = ?", filter.status().name());
    }
    if (filter.stateAidBasis() != null) {
      where.and(STATE_AID_BASIS + " = ?", filter.stateAidBasis().name());
    }
    if (filter.from() != null) {
      where.and("a.submitted_at >= ?", filter.from().atStartOfDay());
    }
    if (filter.to() != null) {
      where.and("a.submitted_at < ?", filter.to().plusDays(1).atStartOfDay());
    }
    for (ReportFilter.Drill drill : filter.drills()) {
      drill(where, drill.dimension(), drill.key());
    }
    return where;
  }

  private static void drill(SqlWhere where, Dimension dimension, String key) {
    if (dimension == Dimension.INDUSTRY) {
      List<String> divisions = NaceSections.divisionsOf(key);
      if (divisions.isEmpty()) {
        where.and("1 = 0");
        return;
      }
      where.and(
          dimension.sql()
              + " IN ("
              + String.join(", ", divisions.stream().map(d -> "'" + d + "'").toList())
              + ")");
    } else if (key == null) {
      where.and(dimension.sql() + " IS NULL");
    } else if (dimension.numeric()) {
      where.and(dimension.sql() + " = ?", Long.valueOf(key));
    } else {
      where.and(dimension.sql() + " = ?", key);
    }
  }

  /** Which SQL columns the labels of id-valued dimensions come from. */
  static final Map<Dimension, String> LABELS =
      Map.of(
          Dimension.BUDGET_LINE,
              "SELECT bl.id, CONCAT(c.name, ': ', bl.name) FROM budget_line bl JOIN county c ON c.code = bl.county_code",
          Dimension.ROUND,
              "SELECT r.id, CONCAT(c.name, ': ', r.name) FROM funding_round r JOIN scheme s ON s.id = r.scheme_id JOIN county c ON c.code = s.county_code",
          Dimension.FUND_SOURCE, "SELECT id, name FROM allocation",
          Dimension.COUNTY, "SELECT code, name FROM county");
}
