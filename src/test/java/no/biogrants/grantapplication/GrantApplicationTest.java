package no.biogrants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.TestSchemes;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

/** What a new application takes from its company, and what a recommendation needs of it. */
class GrantApplicationTest {

  private static final ContactPerson KARI =
      new ContactPerson("Kari Nordmann", "kari@firma.no", null);

  private static CompanyProfile profile(
      String name, String nace, int employees, String municipality) {
    return new CompanyProfile(
        name, LegalForm.AS, nace, employees, municipality, "Kommune", null, List.of(KARI));
  }

  private static GrantApplication draftFor(Company company) {
    Scheme scheme = TestSchemes.bio(2020, "BIO Innlandet 2020");
    FundingRound round =
        new FundingRound(
            scheme, "Runde 1", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31), false, 1L);
    ApplicationContent content =
        new ApplicationContent(
            "Digital omstilling",
            "Opplæring i nye verktøy",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(80_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(200_000))));
    return new GrantApplication(
        round, company, content, "soker", Instant.parse("2020-03-05T10:00:00Z"));
  }

  @Test
  void compC13_theCompanyIsCopiedOntoTheApplicationAndLaterChangesDoNotRewriteIt() {
    Company company =
        new Company(new OrganisationNumber("974760673"), profile("Firma AS", "25.110", 20, "3401"));
    GrantApplication application = draftFor(company);

    company.changeProfile(profile("Nytt Navn AS", "62.010", 45, "0301"));

    assertThat(application.getCompanyName()).isEqualTo("Firma AS");
    assertThat(application.getOrgNumber()).isEqualTo(new OrganisationNumber("974760673"));
    assertThat(application.getNaceCode()).isEqualTo("25.110");
    assertThat(application.getEmployees()).isEqualTo(20);
    assertThat(application.getCountyCode()).isEqualTo("34");
  }

  @Test
  void assR1_aRecommendationAboveTheMaximumOrWithoutAScoreIsRefused() {
    GrantApplication application =
        draftFor(
            new Company(
                new OrganisationNumber("974760673"), profile("Firma AS", "25.110", 20, "3401")));
    assertThat(application.maximumGrant()).isEqualTo(Money.ofKroner(100_000));

    assertThatThrownBy(
            () -> application.recommend(Money.of("100000.01"), "saksbehandler", Instant.EPOCH))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("rule.recommendationAboveMaximum");
              assertThat(e.arguments()).containsExactly(Money.ofKroner(100_000));
            });
    assertThatThrownBy(
            () -> application.recommend(Money.ofKroner(100_000), "saksbehandler", Instant.EPOCH))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("application.notScored"));
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void theHistoryLineOfARecommendationWritesTheAmountInNorwegian() {
    GrantApplication application =
        draftFor(
            new Company(
                new OrganisationNumber("974760673"), profile("Firma AS", "25.110", 20, "3401")));
    application.moveTo(ApplicationStatus.SUBMITTED, "soker", Instant.EPOCH, null);
    application.startReview("saksbehandler", Instant.EPOCH);
    application.recordScore(new java.math.BigDecimal("70"));

    application.recommend(Money.ofKroner(100_000), "saksbehandler", Instant.EPOCH);

    assertThat(application.getHistory().getLast().getReason())
        .isEqualTo("Innstilt: 100\u00a0000,00\u00a0kr");
  }
}
