package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.TestSchemes;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

/** The gates table's inputs are written as a person reads them: "110 000,00 kr", "01.12.2026". */
class GatesInputsTest {

  private static GrantApplication application(boolean rolling) {
    Scheme scheme = TestSchemes.bio(2026, "BIO 2026 Innlandet");
    FundingRound round =
        new FundingRound(
            scheme, "Runde", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 1), rolling, 1L);
    CompanyProfile profile =
        new CompanyProfile(
            "Firma AS",
            LegalForm.AS,
            "25.110",
            20,
            "3401",
            "Kongsvinger",
            null,
            List.of(new ContactPerson("Kari Nordmann", "kari@firma.no", null)));
    ApplicationContent content =
        new ApplicationContent(
            "Digital omstilling",
            "Opplæring i nye verktøy",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(85_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(170_000))));
    return new GrantApplication(
        round,
        new Company(new OrganisationNumber("974760673"), profile),
        content,
        "soker",
        Instant.parse("2026-03-05T10:00:00Z"));
  }

  @Test
  void theCeilingAndTheCostRulesShowAmountsInNorwegian() {
    GrantApplication a = application(false);

    assertThat(Gates.inputs(Gate.CEILING, a))
        .isEqualTo("85\u00a0000,00\u00a0kr / " + Gates.inputs(Gate.CEILING, a).split(" / ")[1])
        .doesNotContain("85000.00")
        .endsWith("\u00a0kr");
    assertThat(Gates.inputs(Gate.COST_RULES, a))
        .startsWith("170\u00a0000,00\u00a0kr / ")
        .doesNotContain(".00");
  }

  @Test
  void theDeadlineIsDayMonthYear() {
    assertThat(Gates.inputs(Gate.DEADLINE_MET, application(false))).isEqualTo("- / 01.12.2026");
    assertThat(Gates.inputs(Gate.DEADLINE_MET, application(true))).isEqualTo("- / løpende");
  }
}
