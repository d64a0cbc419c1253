package no.biogrants.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.scheme.StateAidBasis;

/**
 * What a report is narrowed to; every field null means "all". The year is the year of the
 * application's scheme; the date range is on the day the application was submitted (both days
 * included). {@code drills} narrow to one row of a report (the cases behind a total): a key per
 * dimension the report is grouped by. A county analyst's filter is always narrowed to their county
 * by the service.
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
    List<Drill> drills)
    implements Serializable {

  public ReportFilter {
    drills = drills == null ? List.of() : List.copyOf(drills);
  }

  /** One row's key in one dimension (null key: the row of unknown values). */
  public record Drill(Dimension dimension, String key) implements Serializable {}

  public static ReportFilter year(Integer year) {
    return new ReportFilter(year, null, null, null, null, null, null, null, List.of());
  }

  public ReportFilter withCounty(String county) {
    return new ReportFilter(
        year, county, roundId, budgetLineId, status, stateAidBasis, from, to, drills);
  }

  /** Narrowed further to the key {@code key} of {@code dimension}. */
  public ReportFilter drilledTo(Dimension dimension, String key) {
    List<Drill> more = new ArrayList<>(drills);
    more.add(new Drill(dimension, key));
    return new ReportFilter(
        year, county, roundId, budgetLineId, status, stateAidBasis, from, to, more);
  }
}
