package no.biogrants.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.biogrants.it.Browser;
import org.openqa.selenium.By;

/**
 * Page object of the applicant's stepped application form, {@code
 * /grantapplication/application.xhtml}: the one test class that holds its client ids ({@code
 * applicationForm:…}, as constants for tests that post or tab to them) and the actions a test does
 * on it in the browser, as a company would (fill a step, go to a step, save, submit). The case page
 * has its own: {@link CaseScreen}.
 */
public final class ApplicationScreen {

  /** The form of every step. */
  public static final String FORM = "applicationForm";

  public static final String COMPANY = FORM + ":company";
  public static final String TITLE = FORM + ":title";
  public static final String DESCRIPTION = FORM + ":description";
  public static final String PURPOSE = FORM + ":purpose";
  public static final String RESTRUCTURING = FORM + ":restructuring";
  public static final String TRAINING_START = FORM + ":trainingStart";
  public static final String TRAINING_END = FORM + ":trainingEnd";
  public static final String AMOUNT_APPLIED = FORM + ":amountApplied";
  public static final String COMMITTEE_MANAGEMENT = FORM + ":committeeManagement";
  public static final String COMMITTEE_EMPLOYEES = FORM + ":committeeEmployees";
  public static final String SAVE = FORM + ":save";
  public static final String NEXT = FORM + ":next";
  public static final String PREVIOUS = FORM + ":previous";
  public static final String SUBMIT = FORM + ":submit";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Browser browser;

  /** The form as the browser shows it (open it first, e.g. with {@link #goToStep}). */
  public ApplicationScreen(Browser browser) {
    this.browser = browser;
  }

  /** The path of the draft's step (1-6). */
  public static String path(long id, int step) {
    return "/grantapplication/application.xhtml?id=" + id + "&step=" + step;
  }

  /** Field {@code field} (what, hours, weeks, participants, laidOff) of a training plan line. */
  public static String planLine(int row, String field) {
    return FORM + ":planLines:" + row + ":" + field;
  }

  /** Field {@code field} (lineDescription, lineAmount) of a cost line. */
  public static String costLine(int row, String field) {
    return FORM + ":costLines:" + row + ":" + field;
  }

  /** The input element inside a PrimeFaces component (number, date): its id plus "_input". */
  public static String input(String id) {
    return id + "_input";
  }

  /** The label PrimeFaces shows for a menu's choice: its id plus "_label". */
  public static String label(String id) {
    return id + "_label";
  }

  /** Opens the draft at the step. */
  public void goToStep(long id, int step) {
    browser.open(path(id, step));
  }

  /** What the company menu shows. */
  public String company() {
    return browser.text(label(COMPANY));
  }

  /** Step 1's title, description and purpose (the menu's label). */
  public void about(String title, String description, String purpose) {
    browser.type(TITLE, title);
    browser.type(DESCRIPTION, description);
    browser.selectMenu(PURPOSE, purpose);
  }

  /**
   * Step 1's restructuring and training dates (three weeks to four months from today), then on to
   * the plan.
   */
  public void restructuringAndDates(String restructuring) {
    browser.type(RESTRUCTURING, restructuring);
    browser.typeDate(TRAINING_START, LocalDate.now().plusWeeks(3).format(DAY));
    browser.typeDate(TRAINING_END, LocalDate.now().plusMonths(4).format(DAY));
    next();
  }

  /** Step 2: one line of the training plan, then on to the costs. */
  public void onePlanLine(String what, int hours, int weeks, int participants, int laidOff) {
    browser.waitUntil(d -> d.findElement(By.id(planLine(0, "what"))).isDisplayed());
    browser.type(planLine(0, "what"), what);
    browser.typeNumber(planLine(0, "hours"), String.valueOf(hours));
    browser.typeNumber(planLine(0, "weeks"), String.valueOf(weeks));
    browser.typeNumber(planLine(0, "participants"), String.valueOf(participants));
    browser.typeNumber(planLine(0, "laidOff"), String.valueOf(laidOff));
    next();
  }

  /**
   * Step 3: trainers' costs (a) and participants' wages (f) in the two first lines, and the amount
   * applied for; stays on the step.
   */
  public void trainersAndWages(String trainers, String wages, String applied) {
    browser.type(costLine(0, "lineDescription"), "Kurs hos leverandøren");
    browser.typeNumber(costLine(0, "lineAmount"), trainers);
    browser.type(costLine(1, "lineDescription"), "Lønn til deltakerne i opplæringstimer");
    browser.typeNumber(costLine(1, "lineAmount"), wages);
    browser.typeNumber(AMOUNT_APPLIED, applied);
  }

  /**
   * From step 5: the training committee, on to the summary (which must say the application is
   * ready), submitted; returns the reference YYYY-NNNN on the receipt page.
   */
  public String committeeAndSubmit(String management, String employees) {
    committee(management, employees);
    next();
    assertThat(browser.byId("readyToSubmit").getText()).isNotBlank();
    submit();
    assertThat(browser.heading()).isEqualTo("Kvittering for søknad");
    String reference = browser.text("reference");
    assertThat(reference).matches("\\d{4}-\\d{4}");
    assertThat(browser.text("referenceYear"))
        .startsWith("Året i referansen er året søknaden kom inn");
    return reference;
  }

  /** Step 5: the training committee, management and employees' representative. */
  public void committee(String management, String employees) {
    browser.type(COMMITTEE_MANAGEMENT, management);
    browser.type(COMMITTEE_EMPLOYEES, employees);
  }

  /** Saves the draft, staying on the step. */
  public void save() {
    browser.clickAndWaitForPage(SAVE);
  }

  /** On to the next step. */
  public void next() {
    browser.clickAndWaitForPage(NEXT);
  }

  /** Back to the step before. */
  public void previous() {
    browser.clickAndWaitForPage(PREVIOUS);
  }

  /** Submits from the summary (the page shows the receipt, or the summary with what is missing). */
  public void submit() {
    browser.clickAndWaitForPage(SUBMIT);
  }
}
