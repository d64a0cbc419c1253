package no.biogrants.staff.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import no.biogrants.county.Counties;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.staff.NewPassword;
import no.biogrants.staff.Staff;
import org.omnifaces.cdi.Param;

/**
 * One account (staff/account.xhtml?id=): edit name, e-mail and roles, deactivate or reactivate, and
 * give a new temporary password, shown once in the answer. Another county's account, or an id that
 * is no account, answers 404.
 */
@Named
@RequestScoped
public class AccountPage {

  @Inject private Staff staff;
  @Inject private Counties counties;
  @Inject private ActiveUser activeUser;

  /** The request parameter {@code id} (OmniFaces), from the URL and, on postback, the form. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private long version;
  private AppUser account;
  private StaffInput input;
  private NewPassword made;
  private Map<String, String> countyNames = Map.of();

  /** The view action: a page of an account the admin does not manage answers 404. */
  public void open() {
    if (getAccount() == null) {
      Pages.notFound();
    }
  }

  /**
   * The account of the page's id, loaded once per request; null when the admin does not manage it.
   */
  public AppUser getAccount() {
    Long userId = Pages.idOf(idParameter);
    if (account == null && userId != null) {
      try {
        account = staff.account(activeUser.actor(), userId);
        countyNames = counties.namesByCode();
      } catch (AccessDeniedException | EJBException e) {
        return null;
      }
    }
    return account;
  }

  /** The form, filled from the account the first time a request asks for it. */
  public StaffInput getInput() {
    if (input == null) {
      input = getAccount() == null ? new StaffInput() : StaffInput.of(account);
      version = account == null ? 0 : account.getVersion();
    }
    return input;
  }

  public void save() {
    getInput();
    AppUser saved =
        FacesActions.attemptFields(
            field -> "accountForm:" + field,
            () -> staff.update(activeUser.actor(), account.getId(), version, input.toForm()));
    if (saved != null) {
      Messages.info("staff.saved", saved.getUsername());
      Pages.redirect("/staff/account.xhtml?id=" + saved.getId());
    }
  }

  public void setActive(boolean active) {
    AppUser saved =
        FacesActions.attempt(
            null, () -> staff.setActive(activeUser.actor(), getAccount().getId(), version, active));
    if (saved != null) {
      Messages.info(active ? "staff.reactivated" : "staff.deactivated", saved.getUsername());
      Pages.redirect("/staff/account.xhtml?id=" + saved.getId());
    }
  }

  public void resetPassword() {
    NewPassword result =
        FacesActions.attempt(
            null, () -> staff.resetPassword(activeUser.actor(), getAccount().getId(), version));
    if (result != null) {
      made = result;
      account = staff.account(activeUser.actor(), account.getId());
      version = account.getVersion();
    }
  }

  public String countyName(String code) {
    return code == null ? null : code + " " + countyNames.getOrDefault(code, "");
  }

  public Role[] getRoles() {
    return account != null && account.getRoles().contains(Role.APPLICANT)
        ? new Role[] {Role.APPLICANT}
        : new Role[] {Role.CASEWORKER, Role.APPROVER, Role.ANALYST, Role.ADMIN};
  }

  public String getId() {
    return idParameter;
  }

  /** The version the form was filled from, sent back with it (a change in between is refused). */
  public long getVersion() {
    getInput();
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public NewPassword getMade() {
    return made;
  }
}
