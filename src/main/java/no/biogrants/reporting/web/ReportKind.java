package no.biogrants.reporting.web;

/** The three shapes of report the page shows. */
public enum ReportKind {
  SPENDING,
  OVERSUBSCRIPTION,
  FUND_PURPOSE
}
