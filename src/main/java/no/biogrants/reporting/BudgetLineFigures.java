package no.biogrants.reporting;

/**
 * The SQL over budget lines behind the reports, as {@link ApplicationFigures} is the SQL over
 * applications: the money a line has (for oversubscription) and what its money was committed to, by
 * fund purpose. Aliases: {@code bl} budget line, {@code c} county, {@code al} allocation, {@code l}
 * ledger entry, {@code m} measure, {@code r} round, {@code s} scheme.
 */
final class BudgetLineFigures {

  /** The line's allocation may fund BIO. */
  private static final String BIO_LINE =
      " EXISTS (SELECT 1 FROM allocation_purpose ap WHERE ap.allocation_id = bl.allocation_id AND ap.purpose = 'BIO')";

  /**
   * A ledger entry's effect on what is committed: commitments add, releases and reclaims take back.
   */
  private static final String NET =
      "CASE WHEN l.entry_type = 'COMMITMENT' THEN l.amount ELSE -l.amount END";

  private BudgetLineFigures() {}

  /**
   * Per budget line of the filter's year and county: id, label, flexible, money, committed to
   * applications, to upper secondary measures and to other measures (net). Adds its conditions to
   * {@code where}.
   */
  static String fundPurposes(ReportFilter filter, SqlWhere where) {
    if (filter.year() != null) {
      where.and("bl.budget_year = ?", filter.year());
    }
    if (filter.county() != null) {
      where.and("bl.county_code = ?", filter.county());
    }
    return "SELECT bl.id, CONCAT(c.name, ': ', bl.name), al.flexible, bl.allocated + bl.transferred,"
        + " COALESCE(SUM(CASE WHEN l.application_id IS NOT NULL THEN "
        + NET
        + " ELSE 0 END), 0),"
        + " COALESCE(SUM(CASE WHEN m.purpose = 'UPPER_SECONDARY' THEN "
        + NET
        + " ELSE 0 END), 0),"
        + " COALESCE(SUM(CASE WHEN m.purpose = 'OTHER_MEASURE' THEN "
        + NET
        + " ELSE 0 END), 0)"
        + " FROM budget_line bl JOIN county c ON c.code = bl.county_code JOIN allocation al ON al.id = bl.allocation_id"
        + " LEFT JOIN ledger_entry l ON l.budget_line_id = bl.id AND l.entry_type IN ('COMMITMENT', 'RELEASE', 'RECLAIM')"
        + " LEFT JOIN measure m ON m.id = l.measure_id"
        + " WHERE 1 = 1"
        + where.sql()
        + " GROUP BY bl.id, c.name, bl.name, al.flexible, bl.allocated, bl.transferred ORDER BY bl.id";
  }

  /**
   * The money of the BIO lines per key of {@code dimension} (county, budget line or round): key,
   * money and, per round, its budget line. Adds the filter's conditions to {@code where}.
   */
  static String available(Dimension dimension, ReportFilter filter, SqlWhere where) {
    String sql =
        switch (dimension) {
          case COUNTY ->
              "SELECT bl.county_code, SUM(bl.allocated + bl.transferred), NULL FROM budget_line bl WHERE"
                  + BIO_LINE;
          case BUDGET_LINE ->
              "SELECT bl.id, bl.allocated + bl.transferred, NULL FROM budget_line bl WHERE"
                  + BIO_LINE;
          default ->
              "SELECT r.id, bl.allocated + bl.transferred, bl.id FROM funding_round r JOIN scheme s ON s.id = r.scheme_id"
                  + " JOIN budget_line bl ON bl.id = r.budget_line_id WHERE"
                  + BIO_LINE;
        };
    if (filter.year() != null) {
      where.and("bl.budget_year = ?", filter.year());
    }
    if (filter.county() != null) {
      where.and("bl.county_code = ?", filter.county());
    }
    if (filter.budgetLineId() != null) {
      where.and("bl.id = ?", filter.budgetLineId());
    }
    if (filter.roundId() != null && dimension == Dimension.ROUND) {
      where.and("r.id = ?", filter.roundId());
    }
    return sql + where.sql() + (dimension == Dimension.COUNTY ? " GROUP BY bl.county_code" : "");
  }
}
