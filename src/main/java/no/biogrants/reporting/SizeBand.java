package no.biogrants.reporting;

/**
 * Company size by employees at the time of applying (the application's snapshot): the bands
 * analysts report by. A band's key is its label ("10-49"), so it sorts and reads the same in SQL,
 * JSON, csv and Excel.
 */
public enum SizeBand {
  NONE(0, 0, "0"),
  MICRO(1, 9, "1-9"),
  SMALL(10, 49, "10-49"),
  MEDIUM(50, 99, "50-99"),
  LARGE(100, 250, "100-250"),
  OVER_250(251, Integer.MAX_VALUE, "251+");

  private final int from;
  private final int to;
  private final String key;

  SizeBand(int from, int to, String key) {
    this.from = from;
    this.to = to;
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static SizeBand of(int employees) {
    for (SizeBand band : values()) {
      if (employees >= band.from && employees <= band.to) {
        return band;
      }
    }
    return NONE;
  }

  public static SizeBand byKey(String key) {
    for (SizeBand band : values()) {
      if (band.key.equals(key)) {
        return band;
      }
    }
    return null;
  }

  /** The band's key as one SQL CASE over the employees column. */
  static String sqlCase(String column) {
    StringBuilder sql = new StringBuilder("CASE");
    for (SizeBand band : values()) {
      if (band.to == Integer.MAX_VALUE) {
        sql.append(" ELSE '").append(band.key).append("'");
      } else {
        sql.append(" WHEN ")
            .append(column)
            .append(" <= ")
            .append(band.to)
            .append(" THEN '")
            .append(band.key)
            .append("'");
      }
    }
    return sql.append(" END").toString();
  }
}
