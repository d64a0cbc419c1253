package no.biogrants.grantapplication.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.CostPlan;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

/**
 * The application form: a new draft or an existing one (view parameter {@code id}), saved as a
 * draft and submitted. Shows live what the cost plan gives: eligible costs, the maximum grant and
 * every rule that is broken. Once submitted the page shows the application read-only with its
 * reference, status and history.
 */
@Named
@ViewScoped
public class ApplicationForm implements Serializable {

  @Inject private Applications applications;
  @Inject private Companies companies;
  @Inject private Schemes schemes;
  @Inject private ActiveUser activeUser;
  @Inject private no.biogrants.casework.InfoRequests infoRequests;
  @Inject private no.biogrants.applicant.web.CurrentCompany currentCompany;

  private Long id;
  private Long companyId;
  private Long roundId;
  private String title;
  private String description;
  private TrainingPurpose purpose;
  private BigDecimal amountApplied;
  private List<CostLineInput> lines = new ArrayList<>();
  private GrantApplication application;
  private List<Company> myCompanies;
  private List<no.biogrants.casework.InfoRequest> questions = List.of();
  private String answerText;

  /** viewAction: loads the draft or starts a new one. */
  public void load() throws IOException {
    myCompanies = companies.forUser(activeUser.actor().userId());
    if (id == null) {
      if (companyId == null) {
        companyId = currentCompany.company().map(Company::getId).orElse(null);
      }
      List<FundingRound> rounds = getOpenRounds();
      if (!rounds.isEmpty() && roundId == null) {
        roundId = rounds.get(0).getId();
      }
      lines.add(new CostLineInput(CostCategory.TRAINERS, null, null));
      lines.add(new CostLineInput(CostCategory.PARTICIPANT_WAGES, null, null));
      return;
    }
    application = FacesActions.attempt(null, () -> applications.own(activeUser.actor(), id));
    if (application == null) {
      no.biogrants.infrastructure.web.Pages.notFound();
      return;
    }
    questions = infoRequests.requestsOf(application.getId());
    companyId = application.getCompany().getId();
    roundId = application.getRound().getId();
    title = application.getTitle();
    description = application.getDescription();
    purpose = application.getTrainingPurpose();
    amountApplied = application.getAmountApplied().amount();
    lines = new ArrayList<>();
    application.getCostPlanLines()
        .forEach(l -> lines.add(new CostLineInput(l.getCategory(), l.getDescription(), l.getAmount().amount())));
  }

  /** The applicant answers the caseworker's open question; the case goes back to review. */
  public void answer() {
    if (FacesActions.attempt("answerForm:answer", () -> infoRequests.answer(activeUser.actor(), id, answerText)) != null) {
      Messages.info("info.answered");
      redirectTo(application);
    }
  }

  public List<no.biogrants.casework.InfoRequest> getQuestions() {
    return questions;
  }

  public boolean isAwaitingAnswer() {
    return application != null && application.getStatus() == ApplicationStatus.AWAITING_APPLICANT;
  }

  public String getAnswerText() {
    return answerText;
  }

  public void setAnswerText(String answerText) {
    this.answerText = answerText;
  }

  public void addLine() {
    lines.add(new CostLineInput());
  }

  public void removeLine(CostLineInput line) {
    lines.remove(line);
  }

  public void save() {
    GrantApplication saved = FacesActions.attempt(null, this::persistDraft);
    if (saved != null) {
      Messages.info("application.saved");
      redirectTo(saved);
    }
  }

  public void submit() {
    GrantApplication saved = FacesActions.attempt(null, this::persistDraft);
    if (saved == null) {
      return;
    }
    id = saved.getId();
    GrantApplication submitted = FacesActions.attempt(null, () -> applications.submit(activeUser.actor(), id));
    if (submitted != null) {
      Messages.info("application.submitted", submitted.getReference());
    } else {
      Messages.info("application.savedNotSubmitted");
    }
    redirectTo(saved);
  }

  private GrantApplication persistDraft() {
    ApplicationContent content = content();
    if (id == null) {
      return applications.createDraft(activeUser.actor(), companyId, roundId, content);
    }
    return applications.saveDraft(activeUser.actor(), id, content);
  }

  private ApplicationContent content() {
    List<CostItem> items = new ArrayList<>();
    for (CostLineInput line : lines) {
      if (!line.isBlank()) {
        items.add(new CostItem(line.getCategory(), line.getDescription(), money(line.getAmount())));
      }
    }
    return new ApplicationContent(title, description, purpose, money(amountApplied), items);
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }

  private void redirectTo(GrantApplication saved) {
    try {
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().getFlash().setKeepMessages(true);
      context.getExternalContext()
          .redirect(context.getExternalContext().getRequestContextPath() + "/applicant/application.xhtml?id=" + saved.getId());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The cost plan as typed so far, skipping incomplete rows (for the live summary). */
  private CostPlan livePlan() {
    List<CostItem> items = new ArrayList<>();
    for (CostLineInput line : lines) {
      try {
        if (line.getCategory() != null && line.getAmount() != null && line.getAmount().signum() >= 0) {
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
    FundingRound round = getRound();
    return round == null ? Money.ZERO : round.getScheme().maximumGrant(livePlan().eligibleCosts());
  }

  /** Every broken rule, in Norwegian, for the live summary. */
  public List<String> getBrokenRules() {
    List<String> broken = new ArrayList<>();
    livePlan().brokenRules().forEach(key -> broken.add(Messages.text(key)));
    if (amountApplied != null) {
      if (amountApplied.signum() <= 0) {
        broken.add(Messages.text("rule.amountNotPositive"));
      } else if (Money.of(amountApplied.setScale(2, java.math.RoundingMode.DOWN)).isGreaterThan(getMaximumGrant())) {
        broken.add(Messages.text("rule.amountAboveMaximum"));
      }
    }
    return broken;
  }

  public FundingRound getRound() {
    return roundId == null ? null : schemes.round(roundId);
  }

  public List<FundingRound> getOpenRounds() {
    Company company = companyId == null ? null : companies.find(companyId);
    return company == null ? List.of() : schemes.openRounds(company.getCountyCode());
  }

  /** A decision exists (granted, rejected or dismissed): its page shows it, the letter and payments. */
  public boolean isDecided() {
    if (application == null) {
      return false;
    }
    ApplicationStatus status = application.getStatus();
    return status.isGrant() || status == ApplicationStatus.REJECTED || status == ApplicationStatus.DISMISSED
        || status == ApplicationStatus.APPEALED || status == ApplicationStatus.CANCELLED;
  }

  public boolean isEditable() {
    return application == null || application.getStatus() == ApplicationStatus.DRAFT;
  }

  public CostCategory[] getCategories() {
    return CostCategory.values();
  }

  public TrainingPurpose[] getPurposes() {
    return TrainingPurpose.values();
  }

  public GrantApplication getApplication() {
    return application;
  }

  public List<Company> getMyCompanies() {
    return myCompanies;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public TrainingPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(TrainingPurpose purpose) {
    this.purpose = purpose;
  }

  public BigDecimal getAmountApplied() {
    return amountApplied;
  }

  public void setAmountApplied(BigDecimal amountApplied) {
    this.amountApplied = amountApplied;
  }

  public List<CostLineInput> getLines() {
    return lines;
  }
}
