package no.biogrants.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.staff.NewPassword;
import no.biogrants.staff.Staff;
import org.omnifaces.cdi.Param;

/**
 * The accounts an admin manages (staff/accounts.xhtml) and the form for a new one. Request scoped
 * on purpose: a new account's temporary password lives only in the answer to the request that made
 * it (shown once, never kept in the session).
 */
@Named
@RequestScoped
public class AccountsPage {

  @Inject private Staff staff;
  @Inject private Counties counties;
  @Inject private ActiveUser activeUser;
  @Inject private Clock clock;

  /** A national admin's choice of county to list ({@code ?county=34}; none: every account). */
  @Inject
  @Param(name = "county")
  private String shownCounty;

  private List<AppUser> accounts = List.of();
  private Map<String, String> countyNames = Map.of();
  private StaffInput input = new StaffInput();
  private NewPassword made;

  @PostConstruct
  void load() {
    accounts =
        staff.managedBy(activeUser.actor()).stream()
            .filter(u -> shownCounty == null || shownCounty.isBlank() || inCounty(u, shownCounty))
            .toList();
    countyNames = counties.namesByCode();
    if (input.getCountyCode() == null) {
      input.setCountyCode(activeUser.getCountyCode());
    }
  }

  public void create() {
    NewPassword result =
        FacesActions.attemptFields(
            field -> "accountForm:" + field,
            () -> staff.create(activeUser.actor(), input.toForm()));
    if (result != null) {
      made = result;
      input = new StaffInput();
      load();
    }
  }

  private static boolean inCounty(AppUser user, String county) {
    return county.equals(user.isApplicant() ? user.getCreatedByCounty() : user.getCountyCode());
  }

  public String getShownCounty() {
    return shownCounty;
  }

  /** Every county, for the national admin's list filter (closed ones too: their accounts stay). */
  public List<County> getAllCounties() {
    return counties.all();
  }

  /** The counties an account may belong to: this year's, or the admin's own. */
  public List<County> getCounties() {
    String own = activeUser.getCountyCode();
    return counties.activeIn(Year.now(clock).getValue()).stream()
        .filter(c -> own == null || own.equals(c.getCode()))
        .toList();
  }

  public boolean isNationalAdmin() {
    return activeUser.getCountyCode() == null;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String countyName(String code) {
    return code == null ? null : code + " " + countyNames.getOrDefault(code, "");
  }

  public List<AppUser> getAccounts() {
    return accounts;
  }

  public StaffInput getInput() {
    return input;
  }

  public NewPassword getMade() {
    return made;
  }
}
