package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.web.CurrentCompany;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.ActiveUser;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Schemes;

/**
 * Step 1 of the application form, about the application: the company and round (chosen for a new
 * draft only), the title, description and purpose, the restructuring and the training period.
 */
@Named
@ViewScoped
public class ApplicationAboutPage implements Serializable {

  @Inject private Companies companies;
  @Inject private Schemes schemes;
  @Inject private ActiveUser activeUser;
  @Inject private CurrentCompany currentCompany;

  private Long companyId;
  private Long roundId;
  private String title;
  private String description;
  private TrainingPurpose purpose;
  private String restructuring;
  private LocalDate trainingStart;
  private LocalDate trainingEnd;
  private List<Company> myCompanies;

  void loadCompanies() {
    myCompanies = companies.forUser(activeUser.actor().userId());
  }

  /** A new draft: the company chosen in the header, and the first round open to it. */
  void startNew() {
    if (companyId == null) {
      companyId = currentCompany.company().map(Company::getId).orElse(null);
    }
    List<FundingRound> rounds = getOpenRounds();
    if (!rounds.isEmpty() && roundId == null) {
      roundId = rounds.get(0).getId();
    }
  }

  void fill(GrantApplication a, ApplicationDetails d) {
    companyId = a.getCompany().getId();
    roundId = a.getRound().getId();
    title = a.getTitle();
    description = a.getDescription();
    purpose = a.getTrainingPurpose();
    restructuring = d.restructuring();
    trainingStart = d.trainingStart();
    trainingEnd = d.trainingEnd();
  }

  public FundingRound getRound() {
    return roundId == null ? null : schemes.round(roundId);
  }

  /** The company chosen (null before one is). */
  Company company() {
    return companyId == null ? null : companies.find(companyId);
  }

  public List<FundingRound> getOpenRounds() {
    Company company = company();
    return company == null ? List.of() : schemes.openRounds(company.getCountyCode());
  }

  public List<Company> getMyCompanies() {
    return myCompanies;
  }

  public TrainingPurpose[] getPurposes() {
    return TrainingPurpose.values();
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

  public String getRestructuring() {
    return restructuring;
  }

  public void setRestructuring(String restructuring) {
    this.restructuring = restructuring;
  }

  public LocalDate getTrainingStart() {
    return trainingStart;
  }

  public void setTrainingStart(LocalDate trainingStart) {
    this.trainingStart = trainingStart;
  }

  public LocalDate getTrainingEnd() {
    return trainingEnd;
  }

  public void setTrainingEnd(LocalDate trainingEnd) {
    this.trainingEnd = trainingEnd;
  }
}
