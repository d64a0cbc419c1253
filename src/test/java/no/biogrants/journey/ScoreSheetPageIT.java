package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import no.biogrants.it.Browser;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import no.biogrants.it.RemoteCases;
import no.biogrants.it.pages.CaseScreen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The score sheet on the case page in headless Chromium (issue 14, items 2 and 7): after saving,
 * the caseworker's form shows what was saved and every sheet is readable in the history; the
 * approver sees, before deciding, each criterion's score of the scale and its justification, the
 * recommendation's note and the score history; amounts and dates are written in Norwegian in the
 * gates table and in the history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoreSheetPageIT {

  private static final String PASSWORD = "demo1234";
  private static final List<String> RUBRIC =
      List.of(
          "Omstillingsbehov",
          "Opplæringens relevans",
          "Plan og tilbyder",
          "Gjennomførbarhet og økonomi",
          "Prioriterte grupper",
          "Kostnad per deltaker");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void afterSavingTheFormShowsTheSavedScoresAndTheHistoryHoldsEverySheet() {
    long id = new RemoteCases(new FormClient(base), CaseStage.SCORED).current();
    try (Browser browser = new Browser(base)) {
      browser.login("saksbehandler", PASSWORD);
      CaseScreen screen = new CaseScreen(browser);
      screen.open(id);
      // The sheet the fixture saved (4 and "Vurdert." on every criterion) is in the form.
      assertThat(selected(browser, 0)).isEqualTo("4");
      assertThat(browser.byId(CaseScreen.justification(0)).getAttribute("value"))
          .isEqualTo("Vurdert.");

      for (int i = 0; i < RUBRIC.size(); i++) {
        browser.select(CaseScreen.score(i), String.valueOf(1 + i % 5));
        browser.type(CaseScreen.justification(i), "Begrunnelse " + (i + 1));
      }
      screen.saveScore();
      assertThat(browser.globalMessages()).contains("Vurderingen er lagret");
      browser.screenshot("case-score-saved");

      for (int i = 0; i < RUBRIC.size(); i++) {
        assertThat(selected(browser, i)).isEqualTo(String.valueOf(1 + i % 5));
        assertThat(browser.byId(CaseScreen.justification(i)).getAttribute("value"))
            .isEqualTo("Begrunnelse " + (i + 1));
      }
      List<WebElement> sheets =
          browser.driver().findElements(By.cssSelector("details.score-sheet-details"));
      assertThat(sheets).hasSize(2);
      sheets.forEach(d -> d.findElement(By.tagName("summary")).click());
      assertThat(rows(browser, "scoreSheetTable-0"))
          .first()
          .isEqualTo(List.of("Omstillingsbehov", "25 %", "1 av 5", "Begrunnelse 1"));
      assertThat(rows(browser, "scoreSheetTable-1"))
          .first()
          .isEqualTo(List.of("Omstillingsbehov", "25 %", "4 av 5", "Vurdert."));
      assertThat(browser.byId("scoreHistory").findElements(By.cssSelector("tbody tr"))).hasSize(2);
      // Item 7: the gates table writes amounts and dates in Norwegian.
      String ceiling = gateInputs(browser, "Søkt beløp innenfor reglene");
      assertThat(ceiling).matches("\\d{1,3}( \\d{3})*,\\d{2} kr / \\d{1,3}( \\d{3})*,\\d{2} kr");
      assertThat(gateInputs(browser, "Sendt inn innen fristen"))
          .matches("\\d{2}\\.\\d{2}\\.\\d{4} / (\\d{2}\\.\\d{2}\\.\\d{4}|løpende)");
      browser.logout();
    }
  }

  @Test
  void theApproverSeesEachCriterionsScoreAndJustificationAndTheNoteBeforeDeciding() {
    long id = new RemoteCases(new FormClient(base), CaseStage.RECOMMENDED).current();
    try (Browser browser = new Browser(base)) {
      browser.login("leder", PASSWORD);
      new CaseScreen(browser).open(id);
      browser.screenshot("case-approver-basis");

      List<List<String>> rows = rows(browser, "approvalScores");
      assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(RUBRIC);
      assertThat(rows)
          .allSatisfy(
              r -> {
                assertThat(r.get(2)).isEqualTo("4 av 5");
                assertThat(r.get(3)).isEqualTo("Vurdert.");
              });
      assertThat(rows)
          .extracting(r -> r.get(1))
          .containsExactly("25 %", "20 %", "20 %", "15 %", "10 %", "10 %");
      assertThat(normal(browser.text("approvalSheet")))
          .matches("Vurdert av saksbehandler, \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}: 75 poeng");
      assertThat(browser.text("approvalNote"))
          .isEqualTo("Merknad: Godt begrunnet omstillingsbehov.");
      assertThat(browser.text("recommendedNote"))
          .isEqualTo("Merknad: Godt begrunnet omstillingsbehov.");
      assertThat(browser.byId("scoreHistory").findElements(By.cssSelector("tbody tr"))).hasSize(1);
      // Item 7: the history line of the recommendation writes its amount in Norwegian.
      assertThat(normal(browser.byId("history").getText())).contains("Innstilt: 100 000,00 kr");
      // The audit trail in words, not the audit log's codes.
      assertThat(normal(browser.byId("auditTrail").getText()))
          .contains("Søknad: Status: Sendt inn", "Søknad: Status: Innstilt")
          .doesNotContain("STATUS_", "GrantApplication");
      browser.logout();
    }
  }

  private static String selected(Browser browser, int criterion) {
    return new Select(browser.byId(CaseScreen.score(criterion)))
        .getFirstSelectedOption()
        .getText()
        .strip();
  }

  /** Each body row of the table as its cells' texts (header cell first). */
  private static List<List<String>> rows(Browser browser, String tableId) {
    return browser.byId(tableId).findElements(By.cssSelector("tbody tr")).stream()
        .map(
            tr ->
                tr.findElements(By.cssSelector("th, td")).stream()
                    .map(c -> normal(c.getText()))
                    .toList())
        .toList();
  }

  private static String gateInputs(Browser browser, String gateLabelStart) {
    return browser.byId("gates").findElements(By.cssSelector("tbody tr")).stream()
        .filter(tr -> tr.findElements(By.tagName("td")).get(0).getText().startsWith(gateLabelStart))
        .map(tr -> normal(tr.findElements(By.tagName("td")).get(1).getText()))
        .findFirst()
        .orElseThrow();
  }

  /** The text with no-break and narrow no-break spaces as plain spaces. */
  private static String normal(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
  }
}
