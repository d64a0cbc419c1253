package no.biogrants.applicant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.county.Counties;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;

/**
 * The applicant's companies ({@code applicant/companies.xhtml}): the ones they represent, and the
 * form to register a new one by its organisation number.
 */
@Named
@ViewScoped
public class CompaniesPage implements Serializable {

  static final String FORM = "registerForm";

  @Inject private CompanyRegistry registry;
  @Inject private CurrentCompany currentCompany;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;

  private List<Company> list;
  private Long currentId;
  private Map<String, String> countyNames;
  private final ProfileInput input = new ProfileInput();

  @PostConstruct
  void load() {
    list = registry.mine(activeUser.actor());
    countyNames = counties.namesByCode();
    currentId = currentCompany.company().map(Company::getId).orElse(null);
  }

  /** Registers the company; the user lands on its profile, with it as their current company. */
  public void register() {
    Company company =
        ProfileInput.attempt(
            FORM,
            () -> registry.register(activeUser.actor(), input.getOrgNumber(), input.toProfile()));
    if (company != null) {
      currentCompany.choose(company.getId());
      Messages.info("company.registered", company.getName());
      Pages.redirect("/applicant/company.xhtml?id=" + company.getId());
    }
  }

  public List<Company> getList() {
    return list;
  }

  /** "34 Innlandet". */
  public String county(Company company) {
    return company.getCountyCode() + " " + countyNames.getOrDefault(company.getCountyCode(), "");
  }

  public boolean isCurrent(Company company) {
    return company.getId().equals(currentId);
  }

  public ProfileInput getInput() {
    return input;
  }
}
