package no.biogrants.grantapplication.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.web.CurrentCompany;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Pages;

/**
 * The applicant's start page: the current company's applications with status and reference, and the
 * switch to another of their companies when they represent more than one.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;
  @Inject private CurrentCompany currentCompany;

  private List<GrantApplication> list = List.of();
  private List<Company> companies;
  private Company company;
  private Long chosenCompanyId;

  @PostConstruct
  void load() {
    companies = currentCompany.companies();
    company = currentCompany.company().orElse(null);
    if (company != null) {
      chosenCompanyId = company.getId();
      list =
          applications.mine(activeUser.actor()).stream()
              .filter(a -> a.getCompany().getId().equals(company.getId()))
              .toList();
    }
  }

  /** Makes the chosen company the current one and shows its applications. */
  public void switchCompany() {
    if (FacesActions.attempt("switchForm:company", () -> currentCompany.choose(chosenCompanyId))) {
      Pages.redirect("/grantapplication/applications.xhtml");
    }
  }

  public List<GrantApplication> getList() {
    return list;
  }

  public List<Company> getCompanies() {
    return companies;
  }

  public Company getCompany() {
    return company;
  }

  public Long getChosenCompanyId() {
    return chosenCompanyId;
  }

  public void setChosenCompanyId(Long chosenCompanyId) {
    this.chosenCompanyId = chosenCompanyId;
  }
}
