package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.it.Browser;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import no.biogrants.it.RemoteCases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An appeal through the real pages in headless Chromium, on the real WAR against MariaDB: the demo
 * applicant appeals their rejected application; other companies' users and other counties' staff
 * cannot open the appeal by URL; the caseworker sees it from the case and forwards it to the appeal
 * board; the approver records the board's outcome (set aside) and the case is back in review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.DEMO_SERVER)
class AppealJourneyPageIT {

  private static final String PASSWORD = "demo1234";
  private static final String GROUNDS =
      "Vi mener omstillingsbehovet er undervurdert: tre av fire avdelinger legges om.";

  @Deployment
  static WebArchive deployment() {
    return Deployments.demoServer();
  }

  @ArquillianResource private URL base;

  @Test
  void theApplicantAppealsARejectionTheCaseworkerForwardsItAndTheBoardsOutcomeIsRecorded() {
    try (Browser browser = new Browser(base)) {
      // Applicant: the rejected application offers an appeal with its deadline.
      browser.login("soker", PASSWORD);
      WebElement rejected =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//tbody[@id='applications_data']/tr[td[4][normalize-space(.)='Avslått']]/td[1]/a"));
      browser.clickAndWaitForPage(rejected);
      assertThat(browser.text("status")).isEqualTo("Avslått");
      browser.clickAndWaitForPage("appealLink");
      assertThat(browser.heading()).isEqualTo("Klage på vedtaket");
      String id = idInUrl(browser);
      assertThat(browser.text("decision")).startsWith("Avslått");
      assertThat(browser.text("deadline"))
          .matches("\\d{2}\\.\\d{2}\\.\\d{4} \\(tre uker fra vedtaksdatoen.*\\)");
      assertThat(browser.byId("appeals").getText()).doesNotContain("Mottatt, til behandling");
      browser.type("appealForm:grounds", GROUNDS);
      browser.screenshot("applicant-appeal-form");
      browser.clickAndWaitForPage("appealForm:send");
      assertThat(browser.globalMessages()).contains("Klagen er sendt");
      assertThat(browser.text("status")).isEqualTo("Påklaget");
      assertThat(browser.text("stage")).isEqualTo("Mottatt, til behandling i fylkeskommunen");
      assertThat(browser.text("deadlineCheck")).isEqualTo("Kom innen fristen");
      assertThat(browser.driver().findElements(By.id("appealForm"))).isEmpty();
      browser.logout();

      // Another company's user and another county's caseworker cannot open it, not even by URL.
      browser.login("soker.46", PASSWORD);
      browser.openRefused("/casework/applicant-appeal.xhtml?id=" + id, 404);
      assertThat(browser.heading()).isEqualTo("Fant ikke siden");
      browser.logout();
      browser.login("saksbehandler.46", PASSWORD);
      browser.openRefused("/casework/appeal.xhtml?id=" + id, 404);
      assertThat(browser.heading()).isEqualTo("Fant ikke siden");
      browser.logout();

      // Caseworker: the case is appealed; its appeal page checks the deadline; forwards to the
      // board.
      browser.login("saksbehandler", PASSWORD);
      browser.open("/casework/case.xhtml?id=" + id);
      assertThat(browser.text("status")).isEqualTo("Påklaget");
      browser.clickAndWaitForPage("appealLink");
      assertThat(browser.text("status")).isEqualTo("Påklaget");
      assertThat(browser.text("deadlineCheck")).startsWith("Kom innen fristen");
      assertThat(browser.text("grounds")).isEqualTo(GROUNDS);
      assertThat(browser.text("receivedOn")).contains("Sendt fra søkerens side", "soker");
      assertThat(browser.driver().findElements(By.id("reverseForm"))).isEmpty();
      browser.type(
          "forwardForm:statement",
          "Fylkeskommunen fastholder vedtaket: søknaden er rangert under finansieringslinjen.");
      browser.screenshot("caseworker-appeal");
      browser.clickAndWaitForPage("forwardForm:forward");
      assertThat(browser.globalMessages()).contains("Klagen er sendt til klagenemnda");
      assertThat(browser.text("stage")).isEqualTo("Sendt til klagenemnda, venter på vedtak");
      assertThat(browser.text("forwardedOn")).contains("saksbehandler");
      browser.logout();

      // Approver: records the board's decision (set aside); the case is back in review.
      browser.login("leder", PASSWORD);
      browser.open("/casework/appeal.xhtml?id=" + id);
      assertThat(browser.text("stage")).isEqualTo("Sendt til klagenemnda, venter på vedtak");
      browser.select("bodyForm:bodyOutcome", "Opphevet av klagenemnda");
      browser.type("bodyForm:caseNumber", "KN 12/2020");
      browser.type(
          "bodyForm:summary", "Saken sendes tilbake for ny vurdering av omstillingsbehovet.");
      browser.clickAndWaitForPage("bodyForm:recordBody");
      assertThat(browser.globalMessages()).contains("Klagenemndas vedtak er registrert");
      assertThat(browser.text("status")).isEqualTo("Under behandling");
      assertThat(browser.byId("appeals").getText())
          .contains("Opphevet av klagenemnda", "KN 12/2020", "leder");
      assertThat(browser.byId("history").getText())
          .contains("Avslått", "Påklaget", "Under behandling", "KN 12/2020");
      assertThat(browser.driver().findElements(By.id("bodyForm"))).isEmpty();
      browser.screenshot("approver-appeal-outcome");
      browser.open("/casework/case.xhtml?id=" + id);
      assertThat(browser.text("status")).isEqualTo("Under behandling");
      browser.logout();

      // Applicant: sees how the appeal ended.
      browser.login("soker", PASSWORD);
      browser.open("/grantapplication/application.xhtml?id=" + id);
      assertThat(browser.text("status")).isEqualTo("Under behandling");
      browser.clickAndWaitForPage("appealLink");
      assertThat(browser.byId("appeals").getText()).contains("Opphevet av klagenemnda");
      assertThat(browser.driver().findElements(By.id("appealForm"))).isEmpty();
    }
  }

  @Test
  void theCaseworkerRegistersAnAppealByLetterAndTheApproverWhoDecidedMayNotReverseIt() {
    try (Browser browser = new Browser(base)) {
      // A case partly granted (100 000 of 200 000) by leder, not accepted.
      String id =
          String.valueOf(new RemoteCases(new FormClient(base), CaseStage.GRANTED).current());
      browser.login("soker", PASSWORD);
      browser.open("/grantapplication/application.xhtml?id=" + id);
      assertThat(browser.text("status")).isEqualTo("Delvis innvilget");
      browser.logout();

      browser.login("saksbehandler", PASSWORD);
      browser.open("/casework/appeal.xhtml?id=" + id);
      assertThat(browser.text("status")).isEqualTo("Delvis innvilget");
      browser.select("registerForm:channel", "Brev");
      browser.type(
          "registerForm:grounds", "Klage per brev: bedriften ber om hele beløpet den søkte om.");
      browser.screenshot("caseworker-appeal-by-letter");
      browser.clickAndWaitForPage("registerForm:register");
      assertThat(browser.globalMessages()).contains("Klagen er registrert");
      assertThat(browser.text("status")).isEqualTo("Påklaget");
      assertThat(browser.text("receivedOn")).contains("Brev", "saksbehandler");
      assertThat(browser.driver().findElements(By.id("reverseForm"))).isEmpty();
      browser.logout();

      // The approver made the decision: the page says so and offers no reversal; records a
      // withdrawal.
      browser.login("leder", PASSWORD);
      browser.open("/casework/appeal.xhtml?id=" + id);
      assertThat(browser.text("ownDecision")).contains("kan ikke omgjøre");
      assertThat(browser.driver().findElements(By.id("reverseForm"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("forwardForm"))).hasSize(1);
      browser.type("withdrawForm:note", "Søkeren trakk klagen i brev.");
      browser.clickAndWaitForPage("withdrawForm:withdraw");
      assertThat(browser.globalMessages()).contains("Klagen er trukket");
      assertThat(browser.text("status")).isEqualTo("Delvis innvilget");
      assertThat(browser.byId("appeals").getText())
          .contains("Brev", "Trukket", "Søkeren trakk klagen i brev.");
    }
  }

  private static String idInUrl(Browser browser) {
    Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
