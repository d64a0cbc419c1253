package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.assessment.Recommendation;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decision;
import no.biogrants.casework.DecisionLetters;
import no.biogrants.casework.Decisions;
import no.biogrants.casework.LetterFormat;
import no.biogrants.casework.StoredLetter;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
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
 * A grant from decision to closed case on Payara Micro against MariaDB: the recommendation's
 * state-aid basis and conditions reach the decision, the company accepts with a bank account,
 * payments are checked against the rules and approved (two people above the limit), booked as
 * disbursements, exported in a payment file, and the case is closed or its money reclaimed.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  private static final String COUNTY = "34";
  private static final String ACCOUNT = "1234.56.78903";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private PaymentExports exports;
  @Inject private Ledger ledger;
  @Inject private Applications applications;
  @Inject private Impartiality impartiality;
  @Inject private Users users;
  @Inject private AuditLog audit;
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
    Long id = grantedApplication(lineId, Money.ofKroner(120_000));
    Decision decision = decisions.currentDecision(id).orElseThrow();

    StoredLetter docx =
        letters.letter(fixtures.actor("soker"), decision.getId(), LetterFormat.DOCX);
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
        letters.letter(fixtures.actor("saksbehandler"), decision.getId(), LetterFormat.DOCX);
    assertThat(again.getSha256()).isEqualTo(docx.getSha256());
    StoredLetter pdf = letters.letter(fixtures.actor("leder"), decision.getId(), LetterFormat.PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getContent())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Klagerett", "Side 1 av");
    }
    assertThatThrownBy(
            () -> letters.letter(fixtures.actor("soker.03"), decision.getId(), LetterFormat.DOCX))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                letters.letter(
                    fixtures.actor("saksbehandler.03"), decision.getId(), LetterFormat.PDF))
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

  @Test
  void caseT2_grantIsAcceptedPaidInTwoInstalmentsExportedAndClosed() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(1_000_000));
    Long id = grantedApplication(lineId, Money.ofKroner(300_000));
    Actor company = fixtures.actor("soker");

    assertThatThrownBy(() -> acceptances.accept(company, id, "1234.56.78904"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.bankAccount.invalid");
    assertThat(applications.own(company, id).getStatus())
        .isEqualTo(ApplicationStatus.PARTIALLY_GRANTED);
    acceptances.accept(company, id, ACCOUNT);
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
    assertThatThrownBy(() -> acceptances.accept(company, id, ACCOUNT))
        .isInstanceOf(IllegalTransitionException.class);

    // Planned eligible costs 1.2 MNOK for 300 000: 600 000 documented earn 150 000, below the 75 %
    // share.
    PaymentRequest part =
        payments.request(
            company,
            id,
            PaymentKind.PART,
            ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(600_000)),
            null);
    assertThatThrownBy(
            () ->
                payments.request(
                    company,
                    id,
                    PaymentKind.PART,
                    ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(700_000)),
                    null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.openRequest");
    Actor leder = fixtures.actor("leder");
    Actor secondApprover = secondApprover(id);
    assertThat(payments.check(leder, part.getId()).payable()).isEqualTo(Money.ofKroner(150_000));

    PaymentRequest first = payments.approve(leder, part.getId(), part.getVersion());
    assertThat(first.getStatus()).isEqualTo(PaymentRequestStatus.FIRST_APPROVED);
    assertThatThrownBy(() -> payments.approve(leder, part.getId(), first.getVersion()))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.fourEyes");
    assertThatThrownBy(
            () ->
                payments.approve(fixtures.actor("saksbehandler"), part.getId(), first.getVersion()))
        .isInstanceOf(AccessDeniedException.class);
    PaymentRequest paid = payments.approve(secondApprover, part.getId(), first.getVersion());

    assertThat(paid.getStatus()).isEqualTo(PaymentRequestStatus.PAID);
    assertThat(paid.getAmount()).isEqualTo(Money.ofKroner(150_000));
    assertThat(balance(lineId, id))
        .isEqualTo(new OwnerBalance(Money.ofKroner(300_000), Money.ofKroner(150_000)));
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.IN_PROGRESS);

    // The final report without the auditor's attestation (grant above 200 000) cannot be approved.
    // Its wages (800 000) are more than twice the training costs (300 000): only 600 000 of them
    // count.
    PaymentRequest unattested =
        payments.request(
            company,
            id,
            PaymentKind.FINAL,
            costs(300_000, 800_000),
            new FinalReport(12, 480, "Gjennomført.", false, null));
    assertThat(unattested.getDocumentedCosts()).isEqualTo(Money.ofKroner(900_000));
    assertThat(unattested.getActualCosts().total()).isEqualTo(Money.ofKroner(1_100_000));
    assertThat(applications.own(company, id).getStatus())
        .isEqualTo(ApplicationStatus.FINAL_REPORTED);
    assertThatThrownBy(() -> payments.approve(leder, unattested.getId(), unattested.getVersion()))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.attestationMissing");
    payments.reject(
        fixtures.actor("saksbehandler"), unattested.getId(), "Revisorattestasjon mangler.");

    // 1.0 MNOK of 1.2 documented: the final grant is cut to 250 000; 100 000 is paid (one
    // approver), 50 000 released.
    PaymentRequest last =
        payments.request(
            company,
            id,
            PaymentKind.FINAL,
            costs(400_000, 600_000),
            new FinalReport(12, 480, "Gjennomført.", true, "Revisor Hansen"));
    assertThat(payments.requestsOf(id).getLast().actualCost(CostCategory.PARTICIPANT_WAGES))
        .isEqualTo(Money.ofKroner(600_000));
    PaymentRequest finalPaid =
        payments.approve(fixtures.actor("saksbehandler"), last.getId(), last.getVersion());
    assertThat(finalPaid.getAmount()).isEqualTo(Money.ofKroner(100_000));
    assertThat(balance(lineId, id))
        .isEqualTo(new OwnerBalance(Money.ofKroner(250_000), Money.ofKroner(250_000)));
    BudgetLine line = ledger.lockLine(lineId);
    assertThat(line.getAvailable()).isEqualTo(Money.ofKroner(750_000));

    reclaims.close(fixtures.actor("saksbehandler"), id, "Alt utbetalt.");
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    List<AuditEvent> trail = audit.forEntity("GrantApplication", id);
    assertThat(trail)
        .extracting(AuditEvent::getAction)
        .contains(
            "STATUS_ACCEPTED", "STATUS_IN_PROGRESS", "STATUS_FINAL_REPORTED", "STATUS_CLOSED");
    assertThat(audit.forEntity("PaymentRequest", part.getId()))
        .extracting(AuditEvent::getAction)
        .containsExactly("PAYMENT_REQUESTED", "PAYMENT_FIRST_APPROVED", "PAYMENT_PAID");

    // Both payments go into one payment file, and only once.
    PaymentExport export = exports.export(fixtures.actor("saksbehandler"));
    String csv =
        new String(
            exports.file(fixtures.actor("saksbehandler"), export.getId()), StandardCharsets.UTF_8);
    String reference = applications.own(company, id).getReference();
    assertThat(csv.lines().filter(l -> l.contains(reference)))
        .containsExactlyInAnyOrder(
            csv.lines()
                .filter(l -> l.contains(reference) && l.contains(";12345678903;150000.00;"))
                .findFirst()
                .orElseThrow(),
            csv.lines()
                .filter(l -> l.contains(reference) && l.contains(";12345678903;100000.00;"))
                .findFirst()
                .orElseThrow());
    assertThat(exports.pending(fixtures.actor("saksbehandler"))).isEmpty();
    assertThatThrownBy(() -> exports.export(fixtures.actor("saksbehandler")))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.nothingToExport");
    assertThatThrownBy(() -> exports.file(fixtures.actor("saksbehandler.03"), export.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void reclaimReturnsMoneyToTheLineAndEndsTheGrant() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id = grantedApplication(lineId, Money.ofKroner(80_000));
    Actor company = fixtures.actor("soker");
    acceptances.accept(company, id, ACCOUNT);
    PaymentRequest part =
        payments.request(
            company,
            id,
            PaymentKind.PART,
            ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(320_000)),
            null);
    Actor leder = fixtures.actor("leder");
    payments.approve(leder, part.getId(), part.getVersion());
    assertThat(balance(lineId, id).disbursed()).isEqualTo(Money.ofKroner(60_000));

    assertThatThrownBy(() -> reclaims.reclaim(leder, id, Money.ofKroner(60_001), "Vilkår brutt."))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("reclaim.aboveDisbursed");
    assertThatThrownBy(
            () ->
                reclaims.reclaim(
                    fixtures.actor("saksbehandler"), id, Money.ofKroner(10_000), "Vilkår brutt."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reclaims.close(leder, id, null))
        .isInstanceOf(IllegalTransitionException.class);

    reclaims.reclaim(leder, id, Money.ofKroner(60_000), "Opplæringen ble ikke gjennomført.");

    assertThat(balance(lineId, id)).isEqualTo(new OwnerBalance(Money.ZERO, Money.ZERO));
    assertThat(ledger.lockLine(lineId).getAvailable()).isEqualTo(Money.ofKroner(500_000));
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.RECLAIMED);
    assertThat(reclaims.reclaimsOf(id))
        .singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("Opplæringen ble ikke gjennomført."));
    reclaims.close(leder, id, null);
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  @Test
  void caseT2_grantCannotLapseBeforeItsAcceptanceDeadline() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id = grantedApplication(lineId, Money.ofKroner(50_000));

    assertThatThrownBy(() -> acceptances.lapse(fixtures.actor("saksbehandler"), id))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("acceptance.notYetLapsed");
    assertThat(balance(lineId, id).committed()).isEqualTo(Money.ofKroner(50_000));
  }

  @Test
  void anotherCompanyCannotAcceptOrRequestPayment() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id = grantedApplication(lineId, Money.ofKroner(50_000));
    Actor stranger = fixtures.actor("soker.03");

    assertThatThrownBy(() -> acceptances.accept(stranger, id, ACCOUNT))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                payments.request(
                    stranger,
                    id,
                    PaymentKind.PART,
                    ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(1)),
                    null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                payments.request(
                    fixtures.actor("soker"),
                    id,
                    PaymentKind.PART,
                    ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(1)),
                    null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.notPayableStatus");
  }

  private Long grantedApplication(Long lineId, Money amount) {
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id =
        fixtures
            .recommendedApplications(
                1, fixtures.roundOn(lineId, COUNTY, 2020), amount, "soker", caseworker)
            .get(0);
    decisions.grant(fixtures.actor("leder"), id, "Innvilget.");
    return id;
  }

  private Actor secondApprover(Long applicationId) {
    String username = "leder2-" + System.nanoTime();
    Actor approver =
        Actor.of(
            users.create(
                username,
                username,
                "hemmelig-passord".toCharArray(),
                COUNTY,
                EnumSet.of(Role.APPROVER)));
    impartiality.declare(approver, applicationId, false, null);
    return approver;
  }

  private OwnerBalance balance(Long lineId, Long applicationId) {
    return ledger.balanceOf(lineId, LedgerRef.grant(applicationId));
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
