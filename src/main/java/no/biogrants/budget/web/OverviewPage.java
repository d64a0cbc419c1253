package no.biogrants.budget.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.biogrants.budget.BudgetDashboard;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.CountyBudgetRow;
import no.biogrants.budget.Oversubscription;
import no.biogrants.county.Counties;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.Money;

/**
 * The budget page: each line's allocated, committed and available amounts for a year. County staff
 * see their county's lines; national users all.
 */
@Named
@ViewScoped
public class OverviewPage implements Serializable {

  @Inject private Budgets budgets;
  @Inject private Counties countyRegister;
  @Inject private ActiveUser activeUser;
  @Inject private BudgetDashboard dashboard;

  private int year = 2020;
  private List<Integer> years;
  private List<BudgetLine> lines;
  private Map<String, String> countyNames;
  private List<CountyBudgetRow> counties;
  private List<Oversubscription> perLine;
  private List<Oversubscription> perRound;
  private String chart;

  @PostConstruct
  void init() {
    years = budgets.years();
    if (!years.isEmpty() && !years.contains(year)) {
      year = years.get(0);
    }
    countyNames = countyRegister.namesByCode();
    refresh();
  }

  public void refresh() {
    Actor actor = activeUser.actor();
    lines =
        actor.countyCode() == null
            ? budgets.linesForYear(year)
            : budgets.linesFor(actor.countyCode(), year);
    counties = dashboard.perCounty(actor, year);
    perLine =
        dashboard.perLine(actor, year).stream().filter(o -> o.applied().isPositive()).toList();
    perRound = dashboard.perRound(actor, year);
    chart = BudgetChart.perCounty(counties, Messages::text);
  }

  public List<CountyBudgetRow> getCounties() {
    return counties;
  }

  public String getChart() {
    return chart;
  }

  /** "1,45" for 1.45 times oversubscribed; "–" without money. */
  public String ratio(Object row) {
    BigDecimal ratio =
        row instanceof CountyBudgetRow c ? c.oversubscription() : ((Oversubscription) row).ratio();
    return ratio == null ? "–" : ratio.toPlainString().replace('.', ',');
  }

  public List<Oversubscription> getPerLine() {
    return perLine;
  }

  public List<Oversubscription> getPerRound() {
    return perRound;
  }

  public Money getTotalAllocated() {
    return lines.stream().map(BudgetLine::getAllocated).reduce(Money.ZERO, Money::plus);
  }

  public Money getTotalCommitted() {
    return lines.stream().map(BudgetLine::getCommitted).reduce(Money.ZERO, Money::plus);
  }

  public Money getTotalAvailable() {
    return lines.stream().map(BudgetLine::getAvailable).reduce(Money.ZERO, Money::plus);
  }

  public String countyName(String code) {
    return countyNames.getOrDefault(code, code);
  }

  public List<BudgetLine> getLines() {
    return lines;
  }

  public List<Integer> getYears() {
    return years;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
