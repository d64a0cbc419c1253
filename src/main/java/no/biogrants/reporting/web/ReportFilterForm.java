package no.biogrants.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.scheme.StateAidBasis;

/** The report page's filter fields, and the same filter as query parameters of the downloads. */
public class ReportFilterForm implements Serializable {

  private Integer year;
  private String county;
  private Long roundId;
  private Long budgetLineId;
  private ApplicationStatus status;
  private StateAidBasis stateAidBasis;
  private LocalDate from;
  private LocalDate to;

  public ReportFilter filter() {
    return new ReportFilter(
        year, county, roundId, budgetLineId, status, stateAidBasis, from, to, List.of());
  }

  /** The filter as the API's (and the download servlet's) query parameters. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "year", year);
    put(p, "county", county);
    put(p, "round", roundId);
    put(p, "budgetLine", budgetLineId);
    put(p, "status", status == null ? null : status.name());
    put(p, "stateAidBasis", stateAidBasis == null ? null : stateAidBasis.name());
    put(p, "from", from);
    put(p, "to", to);
    return p;
  }

  private static void put(Map<String, String> parameters, String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      parameters.put(name, value.toString());
    }
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county == null || county.isEmpty() ? null : county;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public Long getBudgetLineId() {
    return budgetLineId;
  }

  public void setBudgetLineId(Long budgetLineId) {
    this.budgetLineId = budgetLineId;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }

  public StateAidBasis getStateAidBasis() {
    return stateAidBasis;
  }

  public void setStateAidBasis(StateAidBasis stateAidBasis) {
    this.stateAidBasis = stateAidBasis;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
