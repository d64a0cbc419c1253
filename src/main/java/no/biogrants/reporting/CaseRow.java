package no.biogrants.reporting;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * One case (application) behind a report, with the same measures the reports add up. The columns of
 * the case list export, in this order (see the package doc).
 */
public record CaseRow(
    long id,
    String reference,
    String county,
    long roundId,
    String round,
    long budgetLineId,
    String company,
    String orgNumber,
    String naceCode,
    int employees,
    String purpose,
    String status,
    LocalDateTime submittedAt,
    String stateAidBasis,
    SpendingFigures figures)
    implements Serializable {

  public String industry() {
    return NaceSections.sectionOf(naceCode);
  }

  public String sizeBand() {
    return SizeBand.of(employees).key();
  }

  static CaseRow fromSql(Object[] r) {
    Object[] measures = new Object[10];
    measures[0] = 1L;
    System.arraycopy(r, 14, measures, 1, 9);
    return new CaseRow(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).longValue(),
        (String) r[4],
        ((Number) r[5]).longValue(),
        (String) r[6],
        (String) r[7],
        (String) r[8],
        ((Number) r[9]).intValue(),
        (String) r[10],
        (String) r[11],
        toLocalDateTime(r[12]),
        (String) r[13],
        SpendingFigures.fromSql(measures, 0));
  }

  private static LocalDateTime toLocalDateTime(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return value instanceof LocalDateTime l ? l : null;
  }
}
