package no.biogrants.staff.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.staff.StaffForm;

/** The account form's fields as the page binds them; field ids match the service's field names. */
public class StaffInput {

  private String username;
  private String displayName;
  private String email;
  private String countyCode;
  private List<Role> roles = new ArrayList<>();
  private String orgNumber;

  static StaffInput of(AppUser user) {
    StaffInput input = new StaffInput();
    input.username = user.getUsername();
    input.displayName = user.getDisplayName();
    input.email = user.getEmail();
    input.countyCode = user.getCountyCode();
    input.roles = new ArrayList<>(user.getRoles());
    return input;
  }

  StaffForm toForm() {
    return new StaffForm(
        username,
        displayName,
        email,
        countyCode,
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
        orgNumber);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public void setCountyCode(String countyCode) {
    this.countyCode = countyCode;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public void setOrgNumber(String orgNumber) {
    this.orgNumber = orgNumber;
  }
}
