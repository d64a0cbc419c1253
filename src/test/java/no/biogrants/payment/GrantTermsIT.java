package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Recommendation;
import no.biogrants.casework.Decision;
import no.biogrants.casework.DecisionLetters;
import no.biogrants.casework.Decisions;
import no.biogrants.casework.StoredLetter;
import no.biogrants.document.FileFormat;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a grant's decision says, on Payara Micro against MariaDB: the recommendation's state-aid
 * basis and conditions reach the decision, default conditions come from the library and fit the
 * basis, and the decision letter is stored with the case and readable by the company and the
 * county. Then the payments: {@link PaymentsIT}, {@link ReclaimsIT}.
 */
@ExtendWith(ArquillianExtension.class)
class GrantTermsIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Payments payments;
  @Inject private Applications applications;
  @Inject private DecisionLetters letters;

  @Test
  void assR2_caseT1_recommendationTermsReachTheDecision() {
    Actor caseworker = fixtures.actor("saksbehandler");
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(1_000_000));
    Long id =
        fixtures.scoredApplication(
            fixtures.roundOn(lineId, COUNTY, 2020),
            Money.ofKroner(300_000),
            "soker",
            caseworker,
            4);

    assertThatThrownBy(
            () ->
                assessments.recommend(
                    caseworker,
                    id,
                    Money.ofKroner(300_000),
                    null,
                    StateAidBasis.GBER_ART_31,
                    Collections.nCopies(31, "Vilkår.")))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("condition.tooMany");
    Recommendation recommendation =
        assessments.recommend(
            caseworker,
            id,
            Money.ofKroner(300_000),
            null,
            StateAidBasis.GBER_ART_31,
            List.of(
                "  Eget vilkår om rapportering.  ",
                " ",
                "Opplæringen skal gjennomføres som planlagt."));
    fixtures.declareImpartial(fixtures.actor("leder"), List.of(id));
    Decision decision = decisions.grant(fixtures.actor("leder"), id, "Innvilget etter poengsum.");

    assertThat(recommendation.getConditions())
        .containsExactly(
            "Eget vilkår om rapportering.", "Opplæringen skal gjennomføres som planlagt.");
    assertThat(assessments.currentRecommendation(id).orElseThrow().getConditions()).hasSize(2);
    assertThat(decision.getStateAidBasis()).isEqualTo(StateAidBasis.GBER_ART_31);
    assertThat(decision.getRecommendationId()).isEqualTo(recommendation.getId());
    assertThat(decision.getAcceptanceDeadline()).isAfter(LocalDate.now());
  }

  @Test
  void caseL1_decisionLetterIsStoredWithTheCaseAndReadableByTheCompanyAndTheCounty()
      throws Exception {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(1_000_000));
    Long id =
        fixtures.grantedApplication(
            fixtures.roundOn(lineId, COUNTY, 2020), Money.ofKroner(120_000));
    Decision decision = decisions.currentDecision(id).orElseThrow();

    StoredLetter docx = letters.letter(fixtures.actor("soker"), decision.getId(), FileFormat.DOCX);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getContent()))) {
      List<String> paragraphs =
          document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(paragraphs)
          .contains(
              "Vedtak",
              "Begrunnelse",
              "Regelverket vedtaket bygger på",
              "Faktiske forhold",
              "Hovedhensyn i skjønnet",
              "Poengsum",
              "Beløp og statsstøttegrunnlag",
              "Vilkår",
              "Frist for aksept",
              "Utbetalingsplan",
              "Klagerett",
              "Innsyn");
      String all = String.join("\n", paragraphs);
      assertThat(all)
          .contains(applications.own(fixtures.actor("soker"), id).getReference(), "Innvilget.");
      assertThat(all.replaceAll("[\\s\\u00a0\\u202f]", "")).contains("120000,00");
      assertThat(all)
          .contains(
              decision
                  .getAcceptanceDeadline()
                  .format(DateTimeFormatter.ofPattern("d. MMMM yyyy", MoneyFormat.NORWEGIAN)));
      assertThat(all)
          .contains(assessments.currentRecommendation(id).orElseThrow().getConditions().get(0));
    }
    StoredLetter again =
        letters.letter(fixtures.actor("saksbehandler"), decision.getId(), FileFormat.DOCX);
    assertThat(again.getSha256()).isEqualTo(docx.getSha256());
    StoredLetter pdf = letters.letter(fixtures.actor("leder"), decision.getId(), FileFormat.PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getContent())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Klagerett", "Side 1 av");
    }
    assertThatThrownBy(
            () -> letters.letter(fixtures.actor("soker.03"), decision.getId(), FileFormat.DOCX))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                letters.letter(
                    fixtures.actor("saksbehandler.03"), decision.getId(), FileFormat.PDF))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void assR2_defaultConditionsComeFromTheLibraryAndFitTheBasis() {
    Actor caseworker = fixtures.actor("saksbehandler");
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(1_000_000));
    Long id =
        fixtures.scoredApplication(
            fixtures.roundOn(lineId, COUNTY, 2020),
            Money.ofKroner(100_000),
            "soker",
            caseworker,
            4);

    Recommendation recommendation =
        assessments.recommend(caseworker, id, Money.ofKroner(100_000), null);

    assertThat(recommendation.getStateAidBasis()).isEqualTo(StateAidBasis.DE_MINIMIS);
    assertThat(recommendation.getConditions())
        .hasSizeGreaterThanOrEqualTo(5)
        .anyMatch(c -> c.contains("bagatellmessig"));
  }

  /** Actual costs of trainers (a) and participants' wages (f). */
  private static ActualCosts costs(long trainers, long wages) {
    return new ActualCosts(
        Map.of(
            CostCategory.TRAINERS,
            Money.ofKroner(trainers),
            CostCategory.PARTICIPANT_WAGES,
            Money.ofKroner(wages)));
  }
}
