package no.biogrants.reporting.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.biogrants.reporting.CaseRow;
import no.biogrants.reporting.ReportFilter;

/**
 * The cases behind one row of the report (drill-down): the filter narrowed to the row's key (or
 * keys), the row's label, how many cases there are and the first of them, as the dialog shows them.
 */
public class DrilledCases implements Serializable {

  private final ReportFilter filter;
  private final String label;
  private final long count;
  private final List<CaseRow> cases;

  DrilledCases(ReportFilter filter, String label, long count, List<CaseRow> cases) {
    this.filter = filter;
    this.label = label;
    this.count = count;
    this.cases = cases;
  }

  ReportFilter filter() {
    return filter;
  }

  /** The case list as the download servlet's query parameters (added to the filter's). */
  void addParameters(Map<String, String> p) {
    List<ReportFilter.Drill> drills = filter.drills();
    p.put("report", "cases");
    p.put(
        "drill",
        drills.stream().map(d -> d.dimension().apiName()).collect(Collectors.joining(",")));
    for (int i = 0; i < drills.size(); i++) {
      p.put(
          i == 0 ? "key" : "key" + (i + 1), drills.get(i).key() == null ? "" : drills.get(i).key());
    }
  }

  public String getLabel() {
    return label;
  }

  public long getCount() {
    return count;
  }

  public List<CaseRow> getCases() {
    return cases;
  }
}
