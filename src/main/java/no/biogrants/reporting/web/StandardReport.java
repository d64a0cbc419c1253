package no.biogrants.reporting.web;

import static no.biogrants.reporting.ReportMeasure.APPLICATIONS;
import static no.biogrants.reporting.ReportMeasure.APPLIED;
import static no.biogrants.reporting.ReportMeasure.COMMITTED;
import static no.biogrants.reporting.ReportMeasure.DISBURSED;
import static no.biogrants.reporting.ReportMeasure.GRANTED;
import static no.biogrants.reporting.ReportMeasure.PARTICIPANTS;
import static no.biogrants.reporting.ReportMeasure.RECLAIMED;
import static no.biogrants.reporting.ReportMeasure.RELEASED;
import static no.biogrants.reporting.ReportMeasure.TRAINING_HOURS;

import java.util.List;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.ReportMeasure;

/** The one-click reports (issue #6): a kind, a grouping and the measures shown. */
public enum StandardReport {
  SPENDING_BY_PURPOSE(
      "spendingByPurpose",
      ReportKind.SPENDING,
      Dimension.PURPOSE,
      List.of(APPLICATIONS, APPLIED, GRANTED, COMMITTED, RELEASED, RECLAIMED)),
  FUND_PURPOSE("fundPurpose", ReportKind.FUND_PURPOSE, null, List.of()),
  SPENDING_BY_BUDGET_LINE(
      "spendingByBudgetLine",
      ReportKind.SPENDING,
      Dimension.COUNTY,
      Dimension.BUDGET_LINE,
      List.of(APPLIED, GRANTED, COMMITTED, DISBURSED, RELEASED, RECLAIMED)),
  OVERSUBSCRIPTION_BY_COUNTY(
      "oversubscriptionByCounty", ReportKind.OVERSUBSCRIPTION, Dimension.COUNTY, List.of()),
  OVERSUBSCRIPTION_BY_ROUND(
      "oversubscriptionByRound", ReportKind.OVERSUBSCRIPTION, Dimension.ROUND, List.of()),
  COMMITMENTS_BY_QUARTER(
      "commitmentsByQuarter",
      ReportKind.SPENDING,
      Dimension.QUARTER,
      List.of(COMMITTED, DISBURSED)),
  GRANTS_BY_INDUSTRY(
      "grantsByIndustry",
      ReportKind.SPENDING,
      Dimension.INDUSTRY,
      List.of(APPLICATIONS, APPLIED, GRANTED, COMMITTED)),
  GRANTS_BY_SIZE_BAND(
      "grantsBySizeBand",
      ReportKind.SPENDING,
      Dimension.SIZE_BAND,
      List.of(APPLICATIONS, APPLIED, GRANTED, COMMITTED)),
  PARTICIPANTS_BY_COUNTY(
      "participantsByCounty",
      ReportKind.SPENDING,
      Dimension.COUNTY,
      List.of(APPLICATIONS, PARTICIPANTS, TRAINING_HOURS)),
  /** The counties side by side, each broken down by training purpose (a stacked bar per county). */
  SPENDING_BY_COUNTY_AND_PURPOSE(
      "spendingByCountyAndPurpose",
      ReportKind.SPENDING,
      Dimension.COUNTY,
      Dimension.PURPOSE,
      List.of(APPLICATIONS, APPLIED, GRANTED, COMMITTED));

  private final String id;
  private final ReportKind kind;
  private final Dimension dimension;
  private final Dimension by;
  private final List<ReportMeasure> measures;

  StandardReport(String id, ReportKind kind, Dimension dimension, List<ReportMeasure> measures) {
    this(id, kind, dimension, null, measures);
  }

  StandardReport(
      String id, ReportKind kind, Dimension dimension, Dimension by, List<ReportMeasure> measures) {
    this.id = id;
    this.kind = kind;
    this.dimension = dimension;
    this.by = by;
    this.measures = measures;
  }

  /** The second dimension ("broken down by"), or null. */
  public Dimension by() {
    return by;
  }

  /** Its name's bundle key is {@code reports.std.<id>}; also the button's id. */
  public String getId() {
    return id;
  }

  public ReportKind kind() {
    return kind;
  }

  public Dimension dimension() {
    return dimension;
  }

  public List<ReportMeasure> measures() {
    return measures;
  }
}
