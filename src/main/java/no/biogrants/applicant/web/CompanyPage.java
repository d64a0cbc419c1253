package no.biogrants.applicant.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.applicant.ProfileFlag;
import no.biogrants.applicant.Representative;
import no.biogrants.county.Counties;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import org.omnifaces.cdi.Param;

/**
 * A company's profile page ({@code applicant/company.xhtml?id=}): every field of the profile, the
 * contact persons and bank account, and its representatives. Saves only when nobody has changed the
 * company since the page was loaded; another user's company answers 404.
 */
@Named
@ViewScoped
public class CompanyPage implements Serializable {

  static final String FORM = "profileForm";
  static final String REPRESENTATIVES_FORM = "representativesForm";

  @Inject private CompanyRegistry registry;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;

  /**
   * The view parameter {@code id} (OmniFaces: set when the view's bean is made, kept on postbacks).
   */
  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private Company company;
  private long loadedVersion;
  private ProfileInput input;
  private List<Representative> representatives = List.of();
  private String newRepresentative;
  private String countyName;

  /** viewAction: the company, or 404 when the user does not represent it. */
  public void load() {
    id = Pages.idOf(idParameter);
    company =
        id == null
            ? null
            : FacesActions.attempt(null, () -> registry.profile(activeUser.actor(), id));
    if (company == null) {
      Pages.notFound();
      return;
    }
    loadedVersion = company.getVersion();
    countyName = counties.byCode(company.getCountyCode()).getName();
    input = ProfileInput.of(company);
    representatives = registry.representatives(activeUser.actor(), id);
  }

  public void save() {
    if (ProfileInput.attempt(
            FORM, () -> registry.update(activeUser.actor(), id, loadedVersion, input.toProfile()))
        != null) {
      done("company.saved");
    }
  }

  public void addRepresentative() {
    if (ProfileInput.attempt(
            REPRESENTATIVES_FORM,
            () ->
                registry.addRepresentative(
                    activeUser.actor(), id, loadedVersion, newRepresentative))
        != null) {
      done("company.representativeAdded");
    }
  }

  public void removeRepresentative(Representative representative) {
    if (ProfileInput.attempt(
            REPRESENTATIVES_FORM,
            () ->
                registry.removeRepresentative(
                    activeUser.actor(), id, loadedVersion, representative.userId()))
        == null) {
      return;
    }
    if (representative.userId().equals(activeUser.actor().userId())) {
      Messages.info("company.representativeLeft", company.getName());
      Pages.redirect("/applicant/companies.xhtml");
    } else {
      done("company.representativeRemoved");
    }
  }

  private void done(String messageKey) {
    Messages.info(messageKey);
    Pages.redirect("/applicant/company.xhtml?id=" + id);
  }

  public List<ProfileFlag> getFlags() {
    return company == null ? List.of() : List.copyOf(company.flags());
  }

  public String getCountyName() {
    return countyName;
  }

  public Company getCompany() {
    return company;
  }

  public ProfileInput getInput() {
    return input;
  }

  public List<Representative> getRepresentatives() {
    return representatives;
  }

  public boolean isLastRepresentative() {
    return representatives.size() <= 1;
  }

  public String getNewRepresentative() {
    return newRepresentative;
  }

  public void setNewRepresentative(String newRepresentative) {
    this.newRepresentative = newRepresentative;
  }
}
