package no.biogrants.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.OrganisationNumber;

/** The rules of an account form (STF-S2, STF-S4, STF-S6), checked all at once, field by field. */
final class StaffRules {

  /** The roles of county staff; an applicant's account has none of them. */
  static final Set<Role> STAFF_ROLES =
      EnumSet.of(Role.CASEWORKER, Role.APPROVER, Role.ANALYST, Role.ADMIN);

  /** The staff roles a national account may have: casework needs a county. */
  static final Set<Role> NATIONAL_ROLES = EnumSet.of(Role.ANALYST, Role.ADMIN);

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3,80}");

  private StaffRules() {}

  /**
   * True when the admin manages this account (STF-S1): national admins all, county admins theirs.
   */
  static boolean manages(Actor admin, AppUser account) {
    if (!admin.has(Role.ADMIN)) {
      return false;
    }
    if (admin.countyCode() == null) {
      return true;
    }
    String county =
        account.getRoles().contains(Role.APPLICANT)
            ? account.getCreatedByCounty()
            : account.getCountyCode();
    return admin.countyCode().equals(county);
  }

  /** Every rule the form breaks; {@code creating} also checks the username. */
  static List<FieldViolation> violations(Actor admin, StaffForm form, boolean creating) {
    List<FieldViolation> violations = new ArrayList<>();
    if (creating) {
      if (form.username() == null) {
        violations.add(FieldViolation.of("username", "staff.username.required"));
      } else if (!USERNAME.matcher(form.username()).matches()) {
        violations.add(FieldViolation.of("username", "staff.username.invalid"));
      }
    }
    if (form.displayName() == null) {
      violations.add(FieldViolation.of("displayName", "staff.displayName.required"));
    } else if (form.displayName().length() > AppUser.DISPLAY_NAME_MAXLENGTH) {
      violations.add(
          FieldViolation.of(
              "displayName", "staff.displayName.tooLong", AppUser.DISPLAY_NAME_MAXLENGTH));
    }
    if (form.email() == null) {
      violations.add(FieldViolation.of("email", "staff.email.required"));
    } else if (!ContactPerson.isValidEmail(form.email())) {
      violations.add(FieldViolation.of("email", "staff.email.invalid"));
    }
    violations.addAll(roleViolations(admin, form));
    if (form.orgNumber() != null
        && (!form.isApplicant() || OrganisationNumber.tryParse(form.orgNumber()).isEmpty())) {
      violations.add(
          FieldViolation.of(
              "orgNumber",
              form.isApplicant() ? "validation.orgnr.invalid" : "staff.orgNumber.onlyApplicant",
              form.orgNumber()));
    }
    return violations;
  }

  private static List<FieldViolation> roleViolations(Actor admin, StaffForm form) {
    Set<Role> roles = form.roles();
    if (roles.isEmpty()) {
      return List.of(FieldViolation.of("roles", "staff.roles.required"));
    }
    if (form.isApplicant() && roles.size() > 1) {
      return List.of(FieldViolation.of("roles", "staff.roles.applicantAlone"));
    }
    List<FieldViolation> violations = new ArrayList<>();
    String county = form.countyCode();
    if (admin.countyCode() != null && !form.isApplicant() && !admin.countyCode().equals(county)) {
      violations.add(FieldViolation.of("countyCode", "staff.county.own", admin.countyCode()));
    }
    if (!form.isApplicant() && county == null && !NATIONAL_ROLES.containsAll(roles)) {
      violations.add(FieldViolation.of("countyCode", "staff.county.required"));
    }
    return violations;
  }
}
