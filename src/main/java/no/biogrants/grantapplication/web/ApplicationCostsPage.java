package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.WageCost;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * Step 3 of the application form, costs and financing: the cost plan (with the wage calculator for
 * category f), the amount applied for and the financing plan; and the live figures the side panel
 * shows (eligible costs, aid intensity, maximum grant).
 */
@Named
@ViewScoped
public class ApplicationCostsPage implements Serializable {

  @Inject private ApplicationPage form;
  @Inject private ApplicationAboutPage about;

  private List<CostLineInput> lines = new ArrayList<>();
  private BigDecimal amountApplied;
  private BigDecimal ownContribution;
  private BigDecimal otherPublicFunding;
  private Integer wageHours;
  private BigDecimal wageSalary;

  /** A new draft (or one without cost lines) starts with a trainers' and a wages' row. */
  void startNew() {
    lines.add(new CostLineInput(CostCategory.TRAINERS, null, null));
    lines.add(new CostLineInput(CostCategory.PARTICIPANT_WAGES, null, null));
  }

  void fill(GrantApplication a, ApplicationDetails d) {
    amountApplied = a.getAmountApplied().amount();
    lines = new ArrayList<>();
    a.getCostPlanLines()
        .forEach(
            l ->
                lines.add(
                    new CostLineInput(
                        l.getCategory(), l.getDescription(), l.getAmount().amount())));
    ownContribution = d.ownContribution() == null ? null : d.ownContribution().amount();
    otherPublicFunding = d.otherPublicFunding() == null ? null : d.otherPublicFunding().amount();
    if (lines.isEmpty() && form.isDraftEditable()) {
      startNew();
    }
  }

  /** The rows as cost items, skipping blank rows. */
  List<CostItem> items() {
    List<CostItem> items = new ArrayList<>();
    for (CostLineInput line : lines) {
      if (!line.isBlank()) {
        items.add(new CostItem(line.getCategory(), line.getDescription(), money(line.getAmount())));
      }
    }
    return items;
  }

  Money amountAppliedOrZero() {
    return amountApplied == null ? Money.ZERO : money(amountApplied);
  }

  Money ownContributionMoney() {
    return money(ownContribution);
  }

  Money otherPublicFundingMoney() {
    return money(otherPublicFunding);
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }

  /** An amount for the live rules: null when it is negative or not a valid amount yet. */
  static Money safeMoney(BigDecimal amount) {
    try {
      return amount == null || amount.signum() < 0 ? null : Money.of(amount);
    } catch (BusinessException e) {
      return null;
    }
  }

  // ---- rows and the wage calculator --------------------------------------------------------

  public void addLine() {
    lines.add(new CostLineInput());
  }

  public void removeLine(CostLineInput line) {
    lines.remove(line);
  }

  /** Adds the wage cost the calculator gives as a category f line. */
  public void addWageLine() {
    FundingRound round = about.getRound();
    if (round == null
        || wageHours == null
        || wageHours < 1
        || wageSalary == null
        || wageSalary.signum() <= 0) {
      Messages.error("applicationForm:wageHours", "validation.wage.inputs");
      return;
    }
    Money amount =
        WageCost.of(
            wageHours,
            Money.of(wageSalary.setScale(2, RoundingMode.HALF_UP)),
            round.getScheme().getWageHourFactor(),
            round.getScheme().getWageHourCap());
    lines.add(
        new CostLineInput(
            CostCategory.PARTICIPANT_WAGES,
            Messages.text("wage.lineDescription", wageHours),
            amount.amount()));
    wageHours = null;
    wageSalary = null;
  }

  public Money getWageHourlyRate() {
    FundingRound round = about.getRound();
    if (round == null || wageSalary == null || wageSalary.signum() <= 0) {
      return null;
    }
    return WageCost.hourlyRate(
        Money.of(wageSalary.setScale(2, RoundingMode.HALF_UP)),
        round.getScheme().getWageHourFactor(),
        round.getScheme().getWageHourCap());
  }

  // ---- the live figures --------------------------------------------------------------------

  /** The cost plan as typed so far, skipping incomplete rows (for the live summary). */
  CostPlan livePlan() {
    List<CostItem> items = new ArrayList<>();
    for (CostLineInput line : lines) {
      try {
        if (line.getCategory() != null
            && line.getAmount() != null
            && line.getAmount().signum() >= 0) {
          items.add(new CostItem(line.getCategory(), "-", Money.of(line.getAmount())));
        }
      } catch (BusinessException | IllegalArgumentException e) {
        // an amount with more than two decimals: the field's own validation says so
      }
    }
    return new CostPlan(items);
  }

  public Money getEligibleCosts() {
    return livePlan().eligibleCosts();
  }

  public Money getMaximumGrant() {
    FundingRound round = about.getRound();
    return round == null ? Money.ZERO : round.getScheme().maximumGrant(livePlan().eligibleCosts());
  }

  public Rate getAidIntensity() {
    FundingRound round = about.getRound();
    return round == null ? null : round.getScheme().getAidIntensity();
  }

  public CostCategory[] getCategories() {
    return CostCategory.values();
  }

  public List<CostLineInput> getLines() {
    return lines;
  }

  public BigDecimal getAmountApplied() {
    return amountApplied;
  }

  public void setAmountApplied(BigDecimal amountApplied) {
    this.amountApplied = amountApplied;
  }

  public BigDecimal getOwnContribution() {
    return ownContribution;
  }

  public void setOwnContribution(BigDecimal ownContribution) {
    this.ownContribution = ownContribution;
  }

  public BigDecimal getOtherPublicFunding() {
    return otherPublicFunding;
  }

  public void setOtherPublicFunding(BigDecimal otherPublicFunding) {
    this.otherPublicFunding = otherPublicFunding;
  }

  public Integer getWageHours() {
    return wageHours;
  }

  public void setWageHours(Integer wageHours) {
    this.wageHours = wageHours;
  }

  public BigDecimal getWageSalary() {
    return wageSalary;
  }

  public void setWageSalary(BigDecimal wageSalary) {
    this.wageSalary = wageSalary;
  }
}
