package no.biogrants.reporting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.Reports;

/**
 * The report page's choice of report ("Egen rapport"): its kind, the dimension it is grouped by
 * (and for spending the second one, "broken down by"), the measures shown and its title. A standard
 * report sets them all in one click; the fields of the custom report set them one by one.
 */
public class ReportDesign implements Serializable {

  private ReportKind kind = ReportKind.SPENDING;
  private Dimension dimension = Dimension.PURPOSE;

  /** The second dimension of a spending report ("broken down by"), or null. */
  private Dimension by;

  private List<ReportMeasure> measures =
      new ArrayList<>(StandardReport.SPENDING_BY_PURPOSE.measures());
  private String titleKey = "reports.std.spendingByPurpose";

  /** The standard report's kind, grouping, measures and title. */
  public void standard(StandardReport report) {
    kind = report.kind();
    dimension = report.dimension() == null ? Dimension.BUDGET_LINE : report.dimension();
    by = report.by();
    measures = new ArrayList<>(report.measures());
    titleKey = "reports.std." + report.getId();
  }

  /**
   * The custom report as chosen, titled by its kind: false (with a message on the field) when a
   * spending report is broken down by the dimension it is grouped by. Oversubscription by a
   * dimension it cannot be given by is given by county.
   */
  public boolean custom() {
    if (kind == ReportKind.SPENDING && by == dimension) {
      Messages.error("builder:by", "reports.by.same");
      return false;
    }
    titleKey = "reports.kind." + kind.name();
    if (kind == ReportKind.OVERSUBSCRIPTION
        && !Reports.OVERSUBSCRIPTION_DIMENSIONS.contains(dimension)) {
      dimension = Dimension.COUNTY;
    }
    return true;
  }

  /** What the spending report is grouped by: the dimension, and the second one when chosen. */
  public Grouping getGrouping() {
    return new Grouping(dimension, kind == ReportKind.SPENDING && by != dimension ? by : null);
  }

  /** The report as the download servlet's query parameters (added to the filter's). */
  void addParameters(Map<String, String> p) {
    p.put("report", kind.name());
    p.put("groupBy", getGrouping().apiName());
    p.put(
        "measures", measures.stream().map(ReportMeasure::apiName).collect(Collectors.joining(",")));
    p.put("title", titleKey);
  }

  /** The dimensions the kind chosen can be grouped by. */
  public List<Dimension> getDimensions() {
    return kind == ReportKind.OVERSUBSCRIPTION
        ? List.of(Dimension.COUNTY, Dimension.ROUND, Dimension.BUDGET_LINE)
        : List.of(Dimension.values());
  }

  /** The second dimensions a spending report can be broken down by (every dimension). */
  public List<Dimension> getByDimensions() {
    return List.of(Dimension.values());
  }

  public ReportMeasure[] getAllMeasures() {
    return ReportMeasure.values();
  }

  public ReportKind[] getKinds() {
    return ReportKind.values();
  }

  public ReportKind getKind() {
    return kind;
  }

  public void setKind(ReportKind kind) {
    this.kind = kind;
  }

  public Dimension getDimension() {
    return dimension;
  }

  public void setDimension(Dimension dimension) {
    this.dimension = dimension;
  }

  public Dimension getBy() {
    return by;
  }

  public void setBy(Dimension by) {
    this.by = by;
  }

  public List<ReportMeasure> getMeasures() {
    return measures;
  }

  /** The chosen measures by name (a checkbox list cannot convert a generic list's elements). */
  public List<String> getMeasureNames() {
    return new ArrayList<>(measures.stream().map(Enum::name).toList());
  }

  public void setMeasureNames(List<String> names) {
    List<ReportMeasure> chosen = new ArrayList<>();
    for (ReportMeasure m : ReportMeasure.values()) {
      if (names != null && names.contains(m.name())) {
        chosen.add(m);
      }
    }
    measures = chosen.isEmpty() ? new ArrayList<>(List.of(ReportMeasure.APPLIED)) : chosen;
  }

  public String getTitleKey() {
    return titleKey;
  }
}
