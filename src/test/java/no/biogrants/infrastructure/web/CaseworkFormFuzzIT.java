package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import no.biogrants.it.RemoteCases;
import no.biogrants.it.pages.ApplicationScreen;
import no.biogrants.it.pages.CaseScreen;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile values in every field of the casework forms, posted as the browser would, over HTTP
 * against the real WAR on MariaDB ({@link FormFuzzer}): on the case page the impartiality
 * declaration, the gate override, the question to the applicant, the assignment, the score sheet,
 * the recommendation and the approver's decision; on the payments page the rejection of a payment
 * request, the reclaim and the closing; on the appeal page the registration, the late appeal, the
 * reversal, the forwarding, the appeal body's outcome and the withdrawal; and the company's
 * acceptance, payment request, appeal and withdrawal. Each form is on a case in the status it
 * needs, made through the real services ({@link RemoteCases}); a post the page takes uses the case
 * up and the next one is fresh. A refused post leaves the case in the database as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseworkFormFuzzIT {

  private static final String PASSWORD = "demo1234";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String PAYMENTS = "/payment/payments.xhtml?id=";
  private static final String APPEAL = "/casework/appeal.xhtml?id=";
  private static final String GRANT = "/payment/grant.xhtml?id=";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  private CaseRows db;
  private FormClient stages;
  private final List<RemoteCases> made = new ArrayList<>();
  private SoftAssertions softly;
  private FormFuzzer fuzzer;
  private FormClient caseworker;
  private FormClient approver;
  private FormClient company;

  @Test
  void everyFieldOfTheCaseworkFormsTakesHostileValuesAndThePageStaysUsable() throws Exception {
    long started = System.nanoTime();
    softly = new SoftAssertions();
    fuzzer = new FormFuzzer(softly);
    stages = new FormClient(base);
    caseworker = loggedIn("saksbehandler");
    approver = loggedIn("leder");
    company = loggedIn("soker");
    try (Connection connection =
        DriverManager.getConnection(
            System.getProperty("it.db.url"),
            System.getProperty("it.db.user"),
            System.getProperty("it.db.password"))) {
      db = new CaseRows(connection);
      casePage();
      paymentsPage();
      appealPage();
      companysPages();
    }
    softly.assertAll();
    assertThat(fuzzer.forms()).isEqualTo(20);
    System.out.printf(
        "FUZZ casework forms=%d posts=%d values=%d cases=%d (made in %d s) seconds=%d%n",
        fuzzer.forms(),
        fuzzer.posts(),
        FormFuzzer.HOSTILE.size(),
        made.stream().mapToInt(RemoteCases::made).sum(),
        made.stream().mapToLong(RemoteCases::makingNanos).sum() / 1_000_000_000L,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /**
   * The case page: impartiality, gate override, question to the applicant, assignment, scoring,
   * recommendation, decision.
   */
  private void casePage() throws Exception {
    onCase(caseworker, CaseStage.SUBMITTED, CaseScreen.IMPARTIALITY_FORM, CaseScreen.CONFLICTED)
        .with(CaseScreen.CONFLICT_REASON, "Jeg er i nær familie med daglig leder.")
        .run();
    onCase(caseworker, CaseStage.GATE_FAILED, CaseScreen.GATE_FORM, CaseScreen.OVERRIDE)
        .with(CaseScreen.OVERRIDE_REASON, "Konsernet har færre enn 250 ansatte i Norge.")
        .run();
    onCase(caseworker, CaseStage.DECLARED, CaseScreen.INFO_FORM, CaseScreen.ASK)
        .with(CaseScreen.QUESTION, "Kan dere sende en oppdatert opplæringsplan?")
        .with(
            ApplicationScreen.input(CaseScreen.QUESTION_DEADLINE), today().plusWeeks(2).format(DAY))
        .run();
    onCase(caseworker, CaseStage.DECLARED, CaseScreen.ASSIGN_FORM, CaseScreen.ASSIGN)
        .with(ApplicationScreen.input(CaseScreen.ASSIGN_TO), "saksbehandler")
        .run();
    // A score sheet can be saved again and again: one case does.
    RemoteCases toScore = cases(CaseStage.DECLARED);
    FormFuzzer.Form scoring =
        fuzzer
            .form(caseworker, CaseScreen.SCORE_FORM, CaseScreen.SAVE_SCORE)
            .at(() -> CaseScreen.path(toScore.current()))
            .stored(() -> db.asStored(toScore.current()))
            .fewerInRepeatedRows();
    for (int criterion = 0; criterion < 6; criterion++) {
      scoring
          .with(CaseScreen.score(criterion), "4")
          .with(CaseScreen.justification(criterion), "Vurdert ut fra søknaden.");
    }
    scoring.run();
    onCase(caseworker, CaseStage.SCORED, CaseScreen.RECOMMEND_FORM, CaseScreen.RECOMMEND)
        .fewerInRepeatedRows()
        .run();
    RemoteCases toDecide = cases(CaseStage.ABOVE_DELEGATION);
    List<Long> decided = new ArrayList<>();
    fuzzer
        .form(approver, CaseScreen.DECISION_FORM, CaseScreen.GRANT)
        .at(() -> CaseScreen.path(toDecide.current()))
        .stored(() -> db.asStored(toDecide.current()))
        .afterAccepted(
            () -> {
              decided.add(toDecide.current());
              toDecide.next();
            })
        .with(CaseScreen.REASONS, "Søknaden oppfyller vilkårene og er godt rangert.")
        .with(CaseScreen.COMMITTEE_CASE, "FU-sak 12/2020")
        .run();
    lettersCanBeRead(decided);
  }

  /** The payments page: rejecting a payment request, the reclaim, closing the case. */
  private void paymentsPage() throws Exception {
    on(caseworker, CaseStage.PART_REQUESTED, PAYMENTS, "paymentsForm", "reject")
        .with("paymentsForm:rejectionReason", "Fakturaene for kursleverandøren mangler.")
        .run();
    on(approver, CaseStage.PART_PAID, PAYMENTS, "reclaimForm", "reclaim")
        .with("reclaimForm:reclaimAmount_hinput", "10000.00")
        .with("reclaimForm:reclaimReason", "Deler av opplæringen ble ikke gjennomført.")
        .run();
    on(caseworker, CaseStage.RECLAIMED, PAYMENTS, "closeForm", "close").run();
  }

  /**
   * The county's appeal page: registering an appeal, a late one, reversing, forwarding, the appeal
   * body's outcome, withdrawal.
   */
  private void appealPage() throws Exception {
    String today = today().format(DAY);
    on(caseworker, CaseStage.REJECTED, APPEAL, "registerForm", "register")
        .with("registerForm:channel", "LETTER")
        .with("registerForm:receivedOn_input", today)
        .with("registerForm:grounds", "Klage per brev: bedriften ber om ny vurdering.")
        .run();
    on(caseworker, CaseStage.APPEALED_LATE, APPEAL, "lateForm", "considerLate")
        .with("lateForm:reason", "Søkeren fikk vedtaket sent på grunn av feil adresse.")
        .run();
    // The approver who rejected may not reverse: the second one does.
    on(loggedIn("leder2"), CaseStage.APPEALED, APPEAL, "reverseForm", "reverse")
        .with("reverseForm:reason", "Vedtaket bygde på feil opplysninger om antall ansatte.")
        .run();
    on(caseworker, CaseStage.APPEALED, APPEAL, "forwardForm", "forward")
        .with("forwardForm:forwardedOn_input", today)
        .with("forwardForm:statement", "Fylkeskommunen fastholder vedtaket.")
        .run();
    on(approver, CaseStage.FORWARDED, APPEAL, "bodyForm", "recordBody")
        .with("bodyForm:bodyOutcome", "UPHELD_BY_BODY")
        .with("bodyForm:bodyDecidedOn_input", today)
        .with("bodyForm:caseNumber", "KN 12/2020")
        .run();
    on(caseworker, CaseStage.APPEALED, APPEAL, "withdrawForm", "withdraw").run();
  }

  /**
   * The company's side: accepting the grant, asking for the (final) payment, appealing, withdrawing
   * the appeal.
   */
  private void companysPages() throws Exception {
    on(company, CaseStage.GRANTED, GRANT, "acceptForm", "accept")
        .with("acceptForm:bankAccount", "1234.56.78903")
        .with("acceptForm:acceptConditions_input", "on")
        .run();
    on(company, CaseStage.ACCEPTED, GRANT, "paymentForm", "requestPayment")
        .with("paymentForm:kind", "FINAL")
        .with("paymentForm:costs:0:actual_hinput", "400000.00")
        .with("paymentForm:participants_hinput", "10")
        .with("paymentForm:trainingHours_hinput", "400")
        .with("paymentForm:report", "Opplæringen er gjennomført som planlagt.")
        .fewerInRepeatedRows()
        .run();
    on(company, CaseStage.REJECTED, "/casework/applicant-appeal.xhtml?id=", "appealForm", "send")
        .with("appealForm:grounds", "Vi mener omstillingsbehovet er undervurdert.")
        .run();
    on(
            company,
            CaseStage.APPEALED,
            "/casework/applicant-appeal.xhtml?id=",
            "withdrawForm",
            "withdraw")
        .run();
  }

  /**
   * The letters of decisions made with hostile reasons and committee case numbers are written and
   * read like any other.
   */
  private void lettersCanBeRead(List<Long> applications) throws Exception {
    assertThat(applications).as("decisions made").isNotEmpty();
    for (long application : applications) {
      long decision = db.latestDecision(application);
      for (String format : List.of("pdf", "docx")) {
        HttpResponse<byte[]> letter = approver.getBytes("/letters/" + decision + "." + format);
        softly
            .assertThat(letter.statusCode())
            .as("letter %s of decision %s (application %s)", format, decision, application)
            .isEqualTo(200);
      }
    }
  }

  /** A form of the case page ({@link CaseScreen}'s ids) on fresh cases at the stage. */
  private FormFuzzer.Form onCase(FormClient client, CaseStage stage, String form, String button) {
    RemoteCases cases = cases(stage);
    return fuzzer
        .form(client, form, button)
        .at(() -> CaseScreen.path(cases.current()))
        .stored(() -> db.asStored(cases.current()))
        .afterAccepted(cases::next);
  }

  /**
   * A form of the page {@code page} + id on cases at the stage; a post the page takes moves on to a
   * fresh case.
   */
  private FormFuzzer.Form on(
      FormClient client, CaseStage stage, String page, String form, String button) {
    RemoteCases cases = cases(stage);
    return fuzzer
        .form(client, form, form + ":" + button)
        .at(() -> page + cases.current())
        .stored(() -> db.asStored(cases.current()))
        .afterAccepted(cases::next);
  }

  /** Fresh cases at the stage, counted in the test's summary. */
  private RemoteCases cases(CaseStage stage) {
    RemoteCases cases = new RemoteCases(stages, stage);
    made.add(cases);
    return cases;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Oslo"));
  }

  private FormClient loggedIn(String user) throws Exception {
    FormClient client = new FormClient(base);
    assertThat(client.login(user, PASSWORD).statusCode()).isEqualTo(302);
    return client;
  }
}
