package no.biogrants.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.biogrants.budget.Budgets;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.CaseListExports;
import no.biogrants.reporting.CaseRow;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.ExportJob;
import no.biogrants.reporting.FundPurposeRow;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.OversubscriptionRow;
import no.biogrants.reporting.OversubscriptionTable;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.Reports;
import no.biogrants.reporting.SpendingFigures;
import no.biogrants.reporting.SpendingRow;
import no.biogrants.reporting.SpendingTable;
import no.biogrants.reporting.export.ExportFormat;
import no.biogrants.reporting.export.FilterDescription;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.Money;

/**
 * The analyst's report page: a standard report in one click or one built from measures, a grouping
 * and filters; a table with totals and a chart; the cases behind any row (drill-down); downloads
 * and case-list exports in the background.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  /** The drill-down dialog shows this many cases; the downloads give all. */
  public static final int CASES_SHOWN = 200;

  @Inject private Reports reports;
  @Inject private CaseListExports exports;
  @Inject private Budgets budgets;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;

  private final ReportFilterForm form = new ReportFilterForm();
  private ReportKind kind = ReportKind.SPENDING;
  private Dimension dimension = Dimension.PURPOSE;

  /** The second dimension of a spending report ("broken down by"), or null. */
  private Dimension by;

  private List<ReportMeasure> measures =
      new ArrayList<>(StandardReport.SPENDING_BY_PURPOSE.measures());
  private String titleKey = "reports.std.spendingByPurpose";
  private List<SpendingRow> spending = List.of();
  private List<OversubscriptionRow> oversubscription = List.of();
  private List<FundPurposeRow> fundPurposes = List.of();
  private String chart;
  private ReportFilter drilled;
  private String drillLabel;
  private List<CaseRow> cases = List.of();
  private long caseCount;

  @PostConstruct
  void init() {
    form.setYear(budgets.years().stream().findFirst().orElse(null));
    if (form.getYear() != null) {
      standard(StandardReport.SPENDING_BY_PURPOSE);
    }
  }

  public void standard(StandardReport report) {
    kind = report.kind();
    dimension = report.dimension() == null ? Dimension.BUDGET_LINE : report.dimension();
    by = report.by();
    measures = new ArrayList<>(report.measures());
    titleKey = "reports.std." + report.getId();
    run();
  }

  public void custom() {
    if (kind == ReportKind.SPENDING && by == dimension) {
      Messages.error("builder:by", "reports.by.same");
      return;
    }
    titleKey = "reports.kind." + kind.name();
    if (kind == ReportKind.OVERSUBSCRIPTION
        && !Reports.OVERSUBSCRIPTION_DIMENSIONS.contains(dimension)) {
      dimension = Dimension.COUNTY;
    }
    run();
  }

  /** What the spending report is grouped by: the dimension, and the second one when chosen. */
  public Grouping getGrouping() {
    return new Grouping(dimension, kind == ReportKind.SPENDING && by != dimension ? by : null);
  }

  private void run() {
    Actor actor = activeUser.actor();
    UnaryOperator<String> text = Messages::text;
    FacesActions.attempt(
        null,
        () -> {
          switch (kind) {
            case SPENDING -> {
              spending = reports.spending(actor, getGrouping(), form.filter(), Messages.locale());
              chart = ReportChart.spending(getGrouping(), measures, spending, text);
            }
            case OVERSUBSCRIPTION -> {
              oversubscription =
                  reports.oversubscription(actor, dimension, form.filter(), Messages.locale());
              chart = ReportChart.oversubscription(oversubscription, text);
            }
            case FUND_PURPOSE -> {
              fundPurposes = reports.fundPurposes(actor, form.filter());
              chart = ReportChart.fundPurposes(fundPurposes, text);
            }
          }
        });
  }

  /** The cases behind one row of the report shown (the filter narrowed to the row's key). */
  public void drill(String key, String label) {
    showCases(
        form.filter()
            .drilledTo(kind == ReportKind.FUND_PURPOSE ? Dimension.BUDGET_LINE : dimension, key),
        label);
  }

  /**
   * The cases behind one row of the spending report (narrowed to both keys when grouped by two).
   */
  public void drill(SpendingRow row) {
    Grouping grouping = getGrouping();
    ReportFilter filter = form.filter().drilledTo(grouping.dimension(), row.key());
    showCases(
        grouping.twoDimensions() ? filter.drilledTo(grouping.by(), row.byKey()) : filter,
        grouping.twoDimensions() ? row.label() + " – " + row.byLabel() : row.label());
  }

  private void showCases(ReportFilter filter, String label) {
    drilled = filter;
    drillLabel = label;
    caseCount = reports.countCases(activeUser.actor(), drilled);
    cases = reports.casePage(activeUser.actor(), drilled, 0, CASES_SHOWN);
  }

  public void startExport(String format, boolean onlyDrilled) {
    ReportFilter filter = onlyDrilled && drilled != null ? drilled : form.filter();
    FacesActions.attempt(
        null,
        () ->
            exports.start(
                activeUser.actor(),
                filter,
                ExportFormat.byName(format).orElseThrow(),
                Messages.locale(),
                FilterDescription.of(
                    filter,
                    Messages::text,
                    code -> counties.namesByCode().getOrDefault(code, code))));
  }

  public List<ExportJob> getExports() {
    return exports.of(activeUser.getUsername());
  }

  public boolean isExportsRunning() {
    return getExports().stream().anyMatch(ExportJob::isRunning);
  }

  /**
   * The download of the report shown, in {@code format}; {@code cases}: the drilled cases instead.
   */
  public String downloadUrl(String format, boolean drilledCases) {
    Map<String, String> p = form.parameters();
    if (drilledCases) {
      p.put("report", "cases");
      p.put(
          "drill",
          drilled.drills().stream()
              .map(d -> d.dimension().apiName())
              .collect(Collectors.joining(",")));
      List<ReportFilter.Drill> drills = drilled.drills();
      for (int i = 0; i < drills.size(); i++) {
        p.put(
            i == 0 ? "key" : "key" + (i + 1),
            drills.get(i).key() == null ? "" : drills.get(i).key());
      }
    } else {
      p.put("report", kind.name());
      p.put("groupBy", getGrouping().apiName());
      p.put(
          "measures",
          measures.stream().map(ReportMeasure::apiName).collect(Collectors.joining(",")));
      p.put("title", titleKey);
    }
    p.put("format", format);
    return p.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "download?", ""));
  }

  /**
   * Oversubscription as the page shows it: "1,45" (applied is 1.45 times the money); "–" without
   * money.
   */
  public String ratio(OversubscriptionRow row) {
    return row.ratio() == null ? "–" : row.ratio().toPlainString().replace('.', ',');
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public StateAidBasis[] getStateAidBases() {
    return StateAidBasis.values();
  }

  public Object value(SpendingRow row, ReportMeasure measure) {
    return measure.of(row.figures());
  }

  public SpendingFigures getSpendingTotal() {
    return SpendingTable.total(spending);
  }

  public OversubscriptionRow getOversubscriptionTotal() {
    return OversubscriptionTable.total(oversubscription);
  }

  public FundPurposeRow getFundPurposeTotal() {
    return fundPurposes.stream()
        .reduce(
            new FundPurposeRow(null, null, false, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO),
            FundPurposeRow::plus);
  }

  public List<Integer> getYears() {
    return budgets.years();
  }

  public List<Reports.Choice> getRounds() {
    return form.getYear() == null ? List.of() : reports.rounds(activeUser.actor(), form.getYear());
  }

  public List<Reports.Choice> getBudgetLines() {
    return form.getYear() == null
        ? List.of()
        : reports.budgetLines(activeUser.actor(), form.getYear());
  }

  public List<Dimension> getDimensions() {
    return kind == ReportKind.OVERSUBSCRIPTION
        ? List.of(Dimension.COUNTY, Dimension.ROUND, Dimension.BUDGET_LINE)
        : List.of(Dimension.values());
  }

  public StandardReport[] getStandardReports() {
    return StandardReport.values();
  }

  public ReportMeasure[] getAllMeasures() {
    return ReportMeasure.values();
  }

  public ReportKind[] getKinds() {
    return ReportKind.values();
  }

  public ReportFilterForm getForm() {
    return form;
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

  /** The second dimensions a spending report can be broken down by (every dimension). */
  public List<Dimension> getByDimensions() {
    return List.of(Dimension.values());
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

  public List<County> getCounties() {
    return counties.all();
  }

  public String getTitleKey() {
    return titleKey;
  }

  public List<SpendingRow> getSpending() {
    return spending;
  }

  public List<OversubscriptionRow> getOversubscription() {
    return oversubscription;
  }

  public List<FundPurposeRow> getFundPurposes() {
    return fundPurposes;
  }

  public String getChart() {
    return chart;
  }

  public String getDrillLabel() {
    return drillLabel;
  }

  public List<CaseRow> getCases() {
    return cases;
  }

  public long getCaseCount() {
    return caseCount;
  }

  public boolean isDrilled() {
    return drilled != null;
  }

  public boolean isCountyAnalyst() {
    return activeUser.getCountyCode() != null;
  }
}
