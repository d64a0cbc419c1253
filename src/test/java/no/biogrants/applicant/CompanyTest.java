package no.biogrants.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

class CompanyTest {

  private static final ContactPerson KARI =
      new ContactPerson("Kari Nordmann", "kari@firma.no", null);

  private static Company company(
      LegalForm form, int employees, String municipality, String account) {
    return new Company(
        new OrganisationNumber("974760673"),
        new CompanyProfile(
            "Firma", form, "25.110", employees, municipality, "Kommune", account, List.of(KARI)));
  }

  @Test
  void compC3_theCountyIsTheMunicipalityNumbersFirstTwoDigits() {
    Company company = company(LegalForm.AS, 10, "3401", null);
    assertThat(company.getCountyCode()).isEqualTo("34");
    company.changeProfile(
        new CompanyProfile("Firma", LegalForm.AS, "25", 10, "0301", "Oslo", null, List.of(KARI)));
    assertThat(company.getCountyCode()).isEqualTo("03");
    assertThat(company.getMunicipalityNumber()).isEqualTo("0301");
  }

  @Test
  void anInvalidProfileChangesNothing() {
    Company company = company(LegalForm.AS, 10, "3401", null);
    CompanyProfileTest.assertRefused(
        () ->
            company.changeProfile(
                new CompanyProfile(
                    "Nytt navn", LegalForm.AS, "25", -3, "0301", "Oslo", null, List.of(KARI))),
        "company.employees.range");
    assertThat(company.getName()).isEqualTo("Firma");
    assertThat(company.getCountyCode()).isEqualTo("34");
  }

  @Test
  void compC8_aBankAccountCanBeChangedButNotRemoved() {
    Company company = company(LegalForm.AS, 10, "3401", "1234.56.78903");
    CompanyProfileTest.assertRefused(
        () ->
            company.changeProfile(
                new CompanyProfile(
                    "Firma", LegalForm.AS, "25", 10, "3401", "Kongsvinger", null, List.of(KARI))),
        "company.bankAccount.cannotRemove");
    company.changeProfile(
        new CompanyProfile(
            "Firma", LegalForm.AS, "25", 10, "3401", "Kongsvinger", "15032345678", List.of(KARI)));
    assertThat(company.bankAccount().orElseThrow().formatted()).isEqualTo("1503.23.45678");
  }

  @Test
  void compC4_publicSectorAndSoleProprietorsWithoutEmployeesAreFlaggedNotRefused() {
    assertThat(company(LegalForm.KOMM, 300, "3401", "12345678903").flags())
        .containsExactly(ProfileFlag.PUBLIC_SECTOR);
    assertThat(company(LegalForm.ENK, 0, "3401", "12345678903").flags())
        .containsExactly(ProfileFlag.SOLE_PROPRIETOR_WITHOUT_EMPLOYEES);
    assertThat(company(LegalForm.ENK, 1, "3401", "12345678903").flags()).isEmpty();
    assertThat(company(LegalForm.AS, 0, "3401", null).flags())
        .containsExactly(ProfileFlag.BANK_ACCOUNT_MISSING);
    assertThat(company(LegalForm.KOMM, 300, "3401", null).getLegalForm()).isEqualTo("KOMM");
  }

  @Test
  void compC9_theLastRepresentativeStays() {
    Company company = company(LegalForm.AS, 10, "3401", null);
    company.addUser(1L);
    company.addUser(2L);
    company.removeUser(1L);
    assertThat(company.isRepresentedBy(1L)).isFalse();
    assertThatThrownBy(() -> company.removeUser(2L))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("company.representative.last");
    assertThat(company.isRepresentedBy(2L)).isTrue();
  }

  @Test
  void compC11_theAuditTrailSaysWhatChanged() {
    Company company = company(LegalForm.AS, 10, "3401", null);
    var before = company.snapshot();
    company.changeProfile(
        new CompanyProfile(
            "Firma", LegalForm.AS, "25.110", 12, "3401", "Kommune", "12345678903", List.of(KARI)));
    assertThat(CompanyRegistry.changes(before, company.snapshot()))
        .isEqualTo("employees: 10 → 12; bankAccount: - → 1234.56.78903");
  }
}
