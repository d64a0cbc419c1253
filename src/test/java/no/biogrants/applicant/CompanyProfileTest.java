package no.biogrants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyProfileTest {

  private static final ContactPerson KARI =
      new ContactPerson("Kari Nordmann", "kari@mjosa-mek.no", "912 34 567");

  static CompanyProfile valid() {
    return new CompanyProfile(
        "Mjøsa Mekaniske AS",
        LegalForm.AS,
        "25.620",
        42,
        "3401",
        "Kongsvinger",
        "1234.56.78903",
        List.of(KARI));
  }

  private static List<String> fields(CompanyProfile profile) {
    return profile.problems().stream().map(p -> p.field() + "=" + p.messageKey()).toList();
  }

  @Test
  void aCompleteProfileHasNoProblems() {
    assertThat(valid().problems()).isEmpty();
  }

  @Test
  void anEmptyProfileNamesEveryMissingFieldAtOnce() {
    CompanyProfile empty =
        new CompanyProfile(
            " ", null, "", null, null, " ", null, List.of(new ContactPerson(" ", null, "")));
    assertThat(fields(empty))
        .containsExactly(
            "name=company.name.required",
            "legalForm=company.legalForm.required",
            "naceCode=company.nace.required",
            "employees=company.employees.required",
            "municipalityNumber=company.municipality.numberRequired",
            "municipalityName=company.municipality.nameRequired",
            "contactList=company.contacts.required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"25", "25.1", "25.11", "25.110", "01.110", "99.000", " 25.110 "})
  void compC5_naceCodesAtEveryLevelAreAccepted(String code) {
    assertThat(CompanyProfile.isValidNaceCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2", "251", "25.", "25.1100", "25,110", "00", "00.110", "AB.110", "25.11a", "2 5"})
  void compC5_malformedNaceCodesAreRefused(String code) {
    assertThat(CompanyProfile.isValidNaceCode(code)).isFalse();
    assertThat(fields(with(code, 42, "3401"))).containsExactly("naceCode=company.nace.invalid");
  }

  @Test
  void compC6_employeesFromZeroToOneHundredThousand() {
    assertThat(with("25", 0, "3401").problems()).isEmpty();
    assertThat(with("25", 100_000, "3401").problems()).isEmpty();
    assertThat(fields(with("25", -1, "3401"))).containsExactly("employees=company.employees.range");
    assertThat(fields(with("25", 100_001, "3401")))
        .containsExactly("employees=company.employees.range");
  }

  @Test
  void compC6_theNameIsAtMostTwoHundredCharacters() {
    assertThat(named("x".repeat(200)).problems()).isEmpty();
    assertThat(fields(named("x".repeat(201)))).containsExactly("name=company.name.tooLong");
  }

  @Test
  void compC3_theMunicipalityNumberIsFourDigitsAndGivesTheCounty() {
    assertThat(CompanyProfile.countyOf("3401")).isEqualTo("34");
    assertThat(CompanyProfile.countyOf("0301")).isEqualTo("03");
    assertThat(CompanyProfile.isValidMunicipalityNumber("4601")).isTrue();
    for (String bad : new String[] {"301", "34011", "34a1", "34 01"}) {
      assertThat(CompanyProfile.isValidMunicipalityNumber(bad)).as(bad).isFalse();
      assertThat(fields(with("25", 1, bad)))
          .as(bad)
          .containsExactly("municipalityNumber=company.municipality.numberInvalid");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"kari@firma.no", "kari.nordmann+bio@sub.firma.no", "ola@bøker.no", "a@b.example"})
  void compC7_saneEmailAddressesAreAccepted(String email) {
    assertThat(ContactPerson.isValidEmail(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kari",
        "kari@firma",
        "kari firma@x.no",
        "@firma.no",
        "kari@.no",
        "kari@firma..no",
        "kari@firma.n",
        "kari@@firma.no",
        "kari@firma.123"
      })
  void compC7_malformedEmailAddressesAreRefused(String email) {
    assertThat(ContactPerson.isValidEmail(email)).isFalse();
  }

  @Test
  void compC7_everyContactNeedsANameAndAnEmailTheirPhoneIsOptional() {
    List<ContactPerson> contacts =
        List.of(
            KARI,
            new ContactPerson("", "ola@firma", "12"),
            new ContactPerson("Per", "per@firma.no", null));
    CompanyProfile profile =
        new CompanyProfile("A AS", LegalForm.AS, "25", 1, "3401", "Kongsvinger", null, contacts);
    assertThat(fields(profile))
        .containsExactly(
            "contacts:1:contactName=company.contact.nameRequired",
            "contacts:1:contactEmail=company.contact.emailInvalid",
            "contacts:1:contactPhone=company.contact.phoneInvalid");
    assertThat(ContactPerson.isValidPhone("+47 415 55 666")).isTrue();
    assertThat(ContactPerson.isValidPhone("22-33-44-55")).isTrue();
    assertThat(ContactPerson.isValidPhone("ring meg")).isFalse();
  }

  @Test
  void compC7_atMostTenContactsAndBlankRowsAreIgnored() {
    List<ContactPerson> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(new ContactPerson("P" + i, "p" + i + "@firma.no", null));
    }
    eleven.add(new ContactPerson(" ", "", null));
    CompanyProfile profile =
        new CompanyProfile("A AS", LegalForm.AS, "25", 1, "3401", "Kongsvinger", null, eleven);
    assertThat(profile.contacts()).hasSize(11);
    assertThat(fields(profile)).containsExactly("contactList=company.contacts.tooMany");
  }

  @Test
  void compC8_theBankAccountIsOptionalButMustPassMod11() {
    assertThat(valid().bankAccount()).isEqualTo("12345678903");
    CompanyProfile wrong =
        new CompanyProfile(
            "A AS", LegalForm.AS, "25", 1, "3401", "Kongsvinger", "1234.56.78904", List.of(KARI));
    assertThat(fields(wrong)).containsExactly("bankAccount=validation.bankAccount.invalid");
    CompanyProfile none =
        new CompanyProfile(
            "A AS", LegalForm.AS, "25", 1, "3401", "Kongsvinger", " ", List.of(KARI));
    assertThat(none.problems()).isEmpty();
    assertThat(none.bankAccount()).isNull();
  }

  @Test
  void compC4_legalFormsAreBronnoysundCodesAndThePublicSectorIsMarked() {
    assertThat(LegalForm.ofCode(" as ")).contains(LegalForm.AS);
    assertThat(LegalForm.ofCode("XYZ")).isEmpty();
    assertThat(LegalForm.AS.isPublicSector()).isFalse();
    assertThat(LegalForm.ENK.isPublicSector()).isFalse();
    assertThat(LegalForm.KOMM.isPublicSector()).isTrue();
    assertThat(LegalForm.ORGL.isPublicSector()).isTrue();
  }

  private static CompanyProfile with(String nace, int employees, String municipality) {
    return new CompanyProfile(
        "A AS", LegalForm.AS, nace, employees, municipality, "Kommune", null, List.of(KARI));
  }

  private static CompanyProfile named(String name) {
    return new CompanyProfile(
        name, LegalForm.AS, "25", 1, "3401", "Kongsvinger", null, List.of(KARI));
  }

  static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(FieldViolation::messageKey)
                    .contains(key));
  }
}
