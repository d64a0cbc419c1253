package no.biogrants.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.scheme.StateAidBasis;

/**
 * What a report is narrowed to; every field null means "all". The year is the year of the
 * application's scheme; the date range is on the day the application was submitted (both days
 * included). {@code drill} and {@code drillKey} narrow to one row of a report (the cases behind a
 * total). A county analyst's filter is always narrowed to their county by the service.
 */
public record ReportFilter(
    Integer year,
    String county,
    Long roundId,
    Long budgetLineId,
    ApplicationStatus status,
    StateAidBasis stateAidBasis,
    LocalDate from,
    LocalDate to,
    Dimension drill,
    String drillKey)
    implements Serializable {

  public static ReportFilter year(Integer year) {
    return new ReportFilter(year, null, null, null, null, null, null, null, null, null);
  }

  public ReportFilter withCounty(String county) {
    return new ReportFilter(year, county, roundId, budgetLineId, status, stateAidBasis, from, to, drill, drillKey);
  }

  public ReportFilter drilledTo(Dimension dimension, String key) {
    return new ReportFilter(year, county, roundId, budgetLineId, status, stateAidBasis, from, to, dimension, key);
  }
}
