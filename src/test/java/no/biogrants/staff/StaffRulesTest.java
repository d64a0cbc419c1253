package no.biogrants.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.shared.FieldViolation;
import org.junit.jupiter.api.Test;

class StaffRulesTest {

  private static final Actor NATIONAL_ADMIN = new Actor(1L, "admin", Set.of(Role.ADMIN), null);
  private static final Actor COUNTY_ADMIN = new Actor(2L, "admin.34", Set.of(Role.ADMIN), "34");
  private static final Actor CASEWORKER = new Actor(3L, "sara", Set.of(Role.CASEWORKER), "34");

  @Test
  void stfS1_aNationalAdminManagesEveryAccountACountyAdminOnlyTheCountysStaffAndApplicants() {
    AppUser innlandet = account("sara", "34", Role.CASEWORKER);
    AppUser oslo = account("ola", "03", Role.CASEWORKER);
    AppUser applicantByPhone = account("per", null, Role.APPLICANT);
    applicantByPhone.setCreatedByCounty("34");
    AppUser selfRegistered = account("siri", null, Role.APPLICANT);

    assertThat(StaffRules.manages(NATIONAL_ADMIN, oslo)).isTrue();
    assertThat(StaffRules.manages(NATIONAL_ADMIN, selfRegistered)).isTrue();
    assertThat(StaffRules.manages(COUNTY_ADMIN, innlandet)).isTrue();
    assertThat(StaffRules.manages(COUNTY_ADMIN, applicantByPhone)).isTrue();
    assertThat(StaffRules.manages(COUNTY_ADMIN, oslo)).isFalse();
    assertThat(StaffRules.manages(COUNTY_ADMIN, selfRegistered)).isFalse();
    assertThat(StaffRules.manages(CASEWORKER, innlandet)).isFalse();
  }

  @Test
  void stfS2_staffRolesCombineButAnApplicantHasNoOtherRoleAndCaseworkNeedsACounty() {
    assertThat(fieldsOf(COUNTY_ADMIN, form("34", Role.CASEWORKER, Role.APPROVER, Role.ADMIN)))
        .isEmpty();
    assertThat(fieldsOf(NATIONAL_ADMIN, form(null, Role.ANALYST, Role.ADMIN))).isEmpty();
    assertThat(fieldsOf(NATIONAL_ADMIN, form(null, Role.CASEWORKER)))
        .containsExactly("countyCode:staff.county.required");
    assertThat(fieldsOf(COUNTY_ADMIN, form("03", Role.CASEWORKER)))
        .containsExactly("countyCode:staff.county.own");
    assertThat(fieldsOf(COUNTY_ADMIN, form(null, Role.ADMIN)))
        .containsExactly("countyCode:staff.county.own");
    assertThat(fieldsOf(COUNTY_ADMIN, form(null, Role.APPLICANT, Role.CASEWORKER)))
        .containsExactly("roles:staff.roles.applicantAlone");
    assertThat(fieldsOf(COUNTY_ADMIN, form("34", Role.APPLICANT))).isEmpty();
    assertThat(fieldsOf(COUNTY_ADMIN, form("34"))).containsExactly("roles:staff.roles.required");
  }

  @Test
  void stfS4_everyFieldIsCheckedAtOnceWithItsOwnMessage() {
    StaffForm empty = new StaffForm(" ", "", null, "34", EnumSet.noneOf(Role.class), null);
    assertThat(fieldsOf(COUNTY_ADMIN, empty))
        .containsExactly(
            "username:staff.username.required",
            "displayName:staff.displayName.required",
            "email:staff.email.required",
            "roles:staff.roles.required");
    StaffForm bad =
        new StaffForm(
            "kari nordmann",
            "K".repeat(121),
            "kari@",
            "34",
            EnumSet.of(Role.CASEWORKER),
            "974 760 673");
    assertThat(fieldsOf(COUNTY_ADMIN, bad))
        .containsExactly(
            "username:staff.username.invalid",
            "displayName:staff.displayName.tooLong",
            "email:staff.email.invalid",
            "orgNumber:staff.orgNumber.onlyApplicant");
    StaffForm applicant =
        new StaffForm(
            "per@firma.example",
            "Per",
            "per@firma.example",
            null,
            EnumSet.of(Role.APPLICANT),
            "974 760 674");
    assertThat(fieldsOf(COUNTY_ADMIN, applicant))
        .containsExactly("orgNumber:validation.orgnr.invalid");
    assertThat(StaffRules.violations(COUNTY_ADMIN, bad, false))
        .extracting(FieldViolation::field)
        .doesNotContain("username");
  }

  @Test
  void stfS6_anApplicantAccountMayNameTheRegisteredCompanyItWillRepresent() {
    StaffForm applicant =
        new StaffForm(
            "per@firma.example",
            "Per Persen",
            "per@firma.example",
            null,
            EnumSet.of(Role.APPLICANT),
            "974 760 673");
    assertThat(fieldsOf(COUNTY_ADMIN, applicant)).isEmpty();
  }

  private static StaffForm form(String county, Role... roles) {
    return new StaffForm(
        "kari.nordmann@innlandet.example",
        "Kari Nordmann",
        "kari.nordmann@innlandet.example",
        county,
        roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)),
        null);
  }

  private static List<String> fieldsOf(Actor admin, StaffForm form) {
    return StaffRules.violations(admin, form, true).stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  private static AppUser account(String username, String county, Role role) {
    return new AppUser(username, username, "-", county, EnumSet.of(role), Instant.EPOCH);
  }
}
