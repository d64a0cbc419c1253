package no.biogrants.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.budget.Budgets;
import no.biogrants.identity.ActiveUser;
import no.biogrants.reporting.SpendingByPurposeRow;
import no.biogrants.reporting.SpendingReports;
import no.biogrants.shared.Money;

/** The analyst's report page: spending by training purpose for a year, with the xlsx download. */
@Named
@ViewScoped
public class SpendingReportBacking implements Serializable {

  @Inject private SpendingReports reports;
  @Inject private Budgets budgets;
  @Inject private ActiveUser activeUser;

  private int year = 2020;
  private List<SpendingByPurposeRow> rows;

  public void load() {
    rows = reports.spendingByPurpose(activeUser.actor(), year);
  }

  public List<SpendingByPurposeRow> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public long getTotalApplications() {
    return getRows().stream().mapToLong(SpendingByPurposeRow::applications).sum();
  }

  public Money getTotalApplied() {
    return getRows().stream().map(SpendingByPurposeRow::applied).reduce(Money.ZERO, Money::plus);
  }

  public Money getTotalGranted() {
    return getRows().stream().map(SpendingByPurposeRow::granted).reduce(Money.ZERO, Money::plus);
  }

  public List<Integer> getYears() {
    return budgets.years();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
