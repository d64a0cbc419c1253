package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import no.biogrants.it.Browser;
import no.biogrants.it.Deployments;
import no.biogrants.it.pages.ApplicationScreen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The application form's costs step and summary in headless Chromium (issue 14, items 4 and 6): the
 * rules next to the cost fields go away with the same ajax that updates the side panel once they
 * hold; the summary shows every part as it will be submitted, with a link back to each step, and a
 * rule that holds is never listed under the rules not met.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationFormPageIT {

  private static final String PASSWORD = "demo1234";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void theCostRulesFollowTheTypingAndTheSummaryShowsTheWholeApplication() {
    try (Browser browser = new Browser(base)) {
      browser.login("soker", PASSWORD);
      browser.open("/grantapplication/applications.xhtml");
      browser.clickAndWaitForPage("newApplication");
      ApplicationScreen application = new ApplicationScreen(browser);
      application.about(
          "Sammenstilling av elektronikk",
          "Vi flytter monteringen hjem og må lære opp operatørene i nye linjer.",
          "Omstilling av produksjon");
      application.restructuringAndDates("Monteringen flyttes fra leverandør i utlandet til oss.");
      application.onePlanLine("Montering på ny linje", 40, 8, 10, 2);

      // Step 3 with nothing typed: R1 and R3 next to their fields and in the side panel.
      assertThat(browser.text("applicationForm:costRules")).contains("R1:");
      assertThat(browser.text("applicationForm:amountAppliedRules")).contains("R3:");
      assertThat(browser.byId("brokenRules").getText()).contains("R1:", "R3:");
      browser.screenshot("applicant-costs-empty");
      application.trainersAndWages("300000", "100000", "150000");
      // The same ajax that updates the side panel has taken the field messages away.
      assertThat(browser.byId("brokenRules").getText()).doesNotContain("R1:", "R3:");
      assertThat(browser.text("applicationForm:costRules")).doesNotContain("R1:");
      assertThat(browser.text("applicationForm:amountAppliedRules")).doesNotContain("R3:");
      browser.screenshot("applicant-costs-filled");
      application.next();
      application.next();
      application.committee("Daglig leder Kari Nordmann", "Tillitsvalgt Ola Hansen");
      application.next();

      // The summary: every part as it will be submitted, each with a link back to its step.
      browser.screenshot("applicant-summary");
      assertThat(browser.text("summaryTitle")).isEqualTo("Sammenstilling av elektronikk");
      assertThat(browser.text("summaryCompany")).isNotBlank();
      assertThat(browser.text("summaryPurpose")).isEqualTo("Omstilling av produksjon");
      assertThat(browser.text("summaryRestructuring"))
          .isEqualTo("Monteringen flyttes fra leverandør i utlandet til oss.");
      assertThat(browser.text("summaryPeriod"))
          .matches("\\d{2}\\.\\d{2}\\.\\d{4} – \\d{2}\\.\\d{2}\\.\\d{4}");
      assertThat(browser.byId("summaryPlanLines").getText())
          .contains("Montering på ny linje", "40");
      assertThat(browser.byId("summaryCostLines").getText())
          .contains("Kurs hos leverandøren", "Lønn til deltakerne i opplæringstimer");
      assertThat(Browser.money(browser.text("summaryCostTotal"))).isEqualByComparingTo("400000");
      assertThat(Browser.money(browser.text("summaryApplied"))).isEqualByComparingTo("150000");
      assertThat(Browser.money(browser.text("summaryMaximum"))).isEqualByComparingTo("200000");
      // What was left empty says so, rather than an empty line.
      assertThat(browser.text("summaryOwn")).isEqualTo("Ikke oppgitt");
      assertThat(browser.text("summaryOtherPublic")).isEqualTo("Ikke oppgitt");
      assertThat(browser.text("summaryNoAid")).isEqualTo("Ingen bagatellmessig støtte oppgitt.");
      assertThat(browser.text("summaryManagement")).isEqualTo("Daglig leder Kari Nordmann");
      assertThat(browser.text("summaryEmployees")).isEqualTo("Tillitsvalgt Ola Hansen");
      assertThat(browser.text("summaryAttachments")).isEqualTo("Ingen vedlegg lastet opp.");
      for (int step = 1; step <= 5; step++) {
        assertThat(browser.driver().findElements(By.id("applicationForm:editStep" + step)))
            .as("link back to step %d", step)
            .hasSize(1);
      }
      // Every hard rule holds: said once, and not under "Regler som ikke er oppfylt".
      assertThat(browser.text("readyToSubmit"))
          .isEqualTo("Søknaden oppfyller reglene og kan sendes inn.");
      String side = browser.byId("applicationForm:liveSummary").getText();
      assertThat(side)
          .doesNotContain("Regler som ikke er oppfylt")
          .contains("Søknaden oppfyller reglene.");

      // A link back opens its step with what was typed.
      browser.clickAndWaitForPage("applicationForm:editStep3");
      assertThat(Browser.money(browser.text("eligibleCosts"))).isEqualByComparingTo("400000");
      browser.logout();
    }
  }
}
