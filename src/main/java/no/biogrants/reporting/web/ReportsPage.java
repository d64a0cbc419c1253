package no.biogrants.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.biogrants.budget.Budgets;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.document.FileFormat;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.CaseListExports;
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
  private final ReportDesign design = new ReportDesign();
  private List<SpendingRow> spending = List.of();
  private List<OversubscriptionRow> oversubscription = List.of();
  private List<FundPurposeRow> fundPurposes = List.of();
  private String chart;

  /** The cases behind the row last drilled into, or null. */
  private DrilledCases drilled;

  @PostConstruct
  void init() {
    form.setYear(budgets.years().stream().findFirst().orElse(null));
    if (form.getYear() != null) {
      standard(StandardReport.SPENDING_BY_PURPOSE);
    }
  }

  public void standard(StandardReport report) {
    design.standard(report);
    run();
  }

  public void custom() {
    if (design.custom()) {
      run();
    }
  }

  private void run() {
    Actor actor = activeUser.actor();
    UnaryOperator<String> text = Messages::text;
    Grouping grouping = design.getGrouping();
    FacesActions.attempt(
        null,
        () -> {
          switch (design.getKind()) {
            case SPENDING -> {
              spending = reports.spending(actor, grouping, form.filter(), Messages.locale());
              chart =
                  spending.isEmpty()
                      ? null // no rows: "Ingen data", not an empty chart
                      : ReportChart.spending(grouping, design.getMeasures(), spending, text);
            }
            case OVERSUBSCRIPTION -> {
              oversubscription =
                  reports.oversubscription(
                      actor, design.getDimension(), form.filter(), Messages.locale());
              chart =
                  oversubscription.isEmpty()
                      ? null
                      : ReportChart.oversubscription(oversubscription, text);
            }
            case FUND_PURPOSE -> {
              fundPurposes = reports.fundPurposes(actor, form.filter());
              chart = fundPurposes.isEmpty() ? null : ReportChart.fundPurposes(fundPurposes, text);
            }
          }
        });
  }

  /** The cases behind one row of the report shown (the filter narrowed to the row's key). */
  public void drill(String key, String label) {
    showCases(
        form.filter()
            .drilledTo(
                design.getKind() == ReportKind.FUND_PURPOSE
                    ? Dimension.BUDGET_LINE
                    : design.getDimension(),
                key),
        label);
  }

  /**
   * The cases behind one row of the spending report (narrowed to both keys when grouped by two).
   */
  public void drill(SpendingRow row) {
    Grouping grouping = design.getGrouping();
    ReportFilter filter = form.filter().drilledTo(grouping.dimension(), row.key());
    showCases(
        grouping.twoDimensions() ? filter.drilledTo(grouping.by(), row.byKey()) : filter,
        grouping.twoDimensions() ? row.label() + " – " + row.byLabel() : row.label());
  }

  private void showCases(ReportFilter filter, String label) {
    drilled =
        new DrilledCases(
            filter,
            label,
            reports.countCases(activeUser.actor(), filter),
            reports.casePage(activeUser.actor(), filter, 0, CASES_SHOWN));
  }

  public void startExport(String format, boolean onlyDrilled) {
    ReportFilter filter = onlyDrilled && drilled != null ? drilled.filter() : form.filter();
    FacesActions.attempt(
        null,
        () ->
            exports.start(
                activeUser.actor(),
                filter,
                FileFormat.export(format).orElseThrow(),
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
      drilled.addParameters(p);
    } else {
      design.addParameters(p);
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

  public StandardReport[] getStandardReports() {
    return StandardReport.values();
  }

  public ReportFilterForm getForm() {
    return form;
  }

  public ReportDesign getDesign() {
    return design;
  }

  public List<County> getCounties() {
    return counties.all();
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

  /** The cases behind the row last drilled into, or null. */
  public DrilledCases getDrilledCases() {
    return drilled;
  }

  public boolean isDrilled() {
    return drilled != null;
  }

  public boolean isCountyAnalyst() {
    return activeUser.getCountyCode() != null;
  }
}
