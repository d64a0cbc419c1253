package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.applicant.Companies;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationRulesBroken;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.BrokenRule;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.Receipt;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting an application on Payara Micro against MariaDB: every hard rule broken is named and
 * nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowSubmissionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Applications applications;
  @Inject private Companies companies;
  @Inject private Clock clock;

  @Test
  void appN1_theReferenceCarriesTheYearTheApplicationWasReceivedAndTheReceiptSaysSo()
      throws Exception {
    Long roundId = fixtures.demoRound();
    Long id = fixtures.make(CaseStage.SUBMITTED, roundId);
    GrantApplication submitted = applications.own(fixtures.actor("soker"), id);

    assertThat(submitted.getRound().getName()).contains("2020");
    int received = submitted.getSubmittedAt().atZone(ClockProducer.OSLO).getYear();
    assertThat(received).isEqualTo(LocalDate.now(clock).getYear());
    assertThat(submitted.getReference()).startsWith(received + "-").matches("\\d{4}-\\d{4}");
    try (PDDocument receipt = Loader.loadPDF(Receipt.pdf(submitted, "Innlandet fylkeskommune"))) {
      assertThat(new PDFTextStripper().getText(receipt).replaceAll("\\s+", " "))
          .contains(
              "Referanse: "
                  + submitted.getReference()
                  + " (året i referansen er året søknaden kom inn, som saksåret i arkivet)");
    }
  }

  @Test
  void submittingNamesEveryHardRuleBrokenAndSavesNothing() {
    Long roundId = fixtures.demoRound();
    Actor company = fixtures.actor("soker");
    Long companyId = companies.forUser(company.userId()).get(0).getId();
    ApplicationContent content =
        new ApplicationContent(
            "Uferdig",
            "Mangler mye.",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(50_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(200_000))));
    Long id = applications.createDraft(company, companyId, roundId, content).getId();

    Throwable refused = Assertions.catchThrowable(() -> applications.submit(company, id));

    assertThat(refused).isInstanceOf(ApplicationRulesBroken.class);
    assertThat(((ApplicationRulesBroken) refused).rules())
        .extracting(BrokenRule::id)
        .contains("R5", "R9", "R17", "R18");
    GrantApplication still = applications.own(company, id);
    assertThat(still.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(still.getReference()).isNull();
  }
}
