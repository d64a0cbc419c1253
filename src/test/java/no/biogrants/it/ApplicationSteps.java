package no.biogrants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;

/**
 * Fills the steps of the applicant's stepped application form in the browser, as a company would.
 */
public final class ApplicationSteps {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private ApplicationSteps() {}

  /**
   * Step 1's restructuring and training dates (three weeks to four months from today), then on to
   * the plan.
   */
  public static void restructuringAndDates(Browser browser, String restructuring) {
    browser.type("applicationForm:restructuring", restructuring);
    browser.typeDate("applicationForm:trainingStart", LocalDate.now().plusWeeks(3).format(DAY));
    browser.typeDate("applicationForm:trainingEnd", LocalDate.now().plusMonths(4).format(DAY));
    browser.clickAndWaitForPage("applicationForm:next");
  }

  /** Step 2: one line of the training plan, then on to the costs. */
  public static void onePlanLine(
      Browser browser, String what, int hours, int weeks, int participants, int laidOff) {
    browser.waitUntil(d -> d.findElement(By.id("applicationForm:planLines:0:what")).isDisplayed());
    browser.type("applicationForm:planLines:0:what", what);
    browser.typeNumber("applicationForm:planLines:0:hours", String.valueOf(hours));
    browser.typeNumber("applicationForm:planLines:0:weeks", String.valueOf(weeks));
    browser.typeNumber("applicationForm:planLines:0:participants", String.valueOf(participants));
    browser.typeNumber("applicationForm:planLines:0:laidOff", String.valueOf(laidOff));
    browser.clickAndWaitForPage("applicationForm:next");
  }

  /**
   * Step 3: trainers' costs (a) and participants' wages (f) in the two first lines, and the amount
   * applied for; stays on the step.
   */
  public static void trainersAndWages(
      Browser browser, String trainers, String wages, String applied) {
    browser.type("applicationForm:costLines:0:lineDescription", "Kurs hos leverandøren");
    browser.typeNumber("applicationForm:costLines:0:lineAmount", trainers);
    browser.type(
        "applicationForm:costLines:1:lineDescription", "Lønn til deltakerne i opplæringstimer");
    browser.typeNumber("applicationForm:costLines:1:lineAmount", wages);
    browser.typeNumber("applicationForm:amountApplied", applied);
  }

  /**
   * From step 5: the training committee, on to the summary (which must say the application is
   * ready), submitted; returns the reference YYYY-NNNN on the receipt page.
   */
  public static String committeeAndSubmit(Browser browser, String management, String employees) {
    committee(browser, management, employees);
    browser.clickAndWaitForPage("applicationForm:next");
    assertThat(browser.byId("readyToSubmit").getText()).isNotBlank();
    browser.clickAndWaitForPage("applicationForm:submit");
    assertThat(browser.heading()).isEqualTo("Kvittering for søknad");
    String reference = browser.text("reference");
    assertThat(reference).matches("\\d{4}-\\d{4}");
    return reference;
  }

  /** Step 5: the training committee, management and employees' representative. */
  public static void committee(Browser browser, String management, String employees) {
    browser.type("applicationForm:committeeManagement", management);
    browser.type("applicationForm:committeeEmployees", employees);
  }
}
