package no.biogrants.staff;

import java.util.EnumSet;
import java.util.Set;
import no.biogrants.identity.Role;

/**
 * An account as an admin fills it in: username (fixed once made), name, e-mail, county (null for a
 * national account or an applicant), roles, and for an applicant optionally the org number of the
 * registered company they will represent.
 */
public record StaffForm(
    String username,
    String displayName,
    String email,
    String countyCode,
    Set<Role> roles,
    String orgNumber) {

  public StaffForm {
    username = strip(username);
    displayName = strip(displayName);
    email = strip(email);
    countyCode = strip(countyCode);
    orgNumber = strip(orgNumber);
    roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isApplicant() {
    return roles.contains(Role.APPLICANT);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
