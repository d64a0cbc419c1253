package no.biogrants.reporting;

import java.time.LocalDateTime;

/** A quarter as a sortable key "2020-Q3", in SQL and in Java alike. */
final class Quarters {

  private Quarters() {}

  /** The quarter key of a DATETIME column (H2 and MariaDB both know YEAR, QUARTER and CONCAT). */
  static String sql(String column) {
    return "CONCAT(YEAR(" + column + "), '-Q', QUARTER(" + column + "))";
  }

  static String of(LocalDateTime time) {
    return time.getYear() + "-Q" + ((time.getMonthValue() + 2) / 3);
  }
}
