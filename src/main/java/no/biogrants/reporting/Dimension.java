package no.biogrants.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a report groups by (design §7). Each dimension has its stable API name ({@code groupBy=})
 * and the SQL expression that gives an application's key; the labels are looked up afterwards.
 * Industry groups by the NACE division in SQL and is folded into sections ({@link NaceSections});
 * the quarter groups applications by the quarter they were submitted and ledger entries by the
 * quarter they were booked ({@link SpendingTable#mergeQuarters}).
 */
public enum Dimension {
  YEAR("year", "s.scheme_year", true),
  COUNTY("county", "a.county_code", false),
  BUDGET_LINE("budgetLine", "r.budget_line_id", true),
  FUND_SOURCE("source", "bl.allocation_id", true),
  PURPOSE("purpose", "a.training_purpose", false),
  INDUSTRY("industry", "SUBSTRING(a.nace_code, 1, 2)", false),
  SIZE_BAND("sizeBand", SizeBand.sqlCase("a.employees"), false),
  ROUND("round", "a.round_id", true),
  QUARTER("quarter", Quarters.sql("a.submitted_at"), false),
  STATUS("status", "a.status", false),
  STATE_AID_BASIS(
      "stateAidBasis", "COALESCE(" + ApplicationFigures.STATE_AID_BASIS + ", 'NONE')", false);

  private final String apiName;
  private final String sql;
  private final boolean numeric;

  Dimension(String apiName, String sql, boolean numeric) {
    this.apiName = apiName;
    this.sql = sql;
    this.numeric = numeric;
  }

  /** Keys are ids or years (numbers in SQL, their decimal digits as keys). */
  boolean numeric() {
    return numeric;
  }

  public String apiName() {
    return apiName;
  }

  /**
   * The key of an application in this dimension, over the aliases of {@link ApplicationFigures}.
   */
  String sql() {
    return sql;
  }

  public static Optional<Dimension> byApiName(String name) {
    return Arrays.stream(values()).filter(d -> d.apiName.equals(name)).findFirst();
  }
}
