package no.biogrants.journey;

import static no.biogrants.it.pages.ApplicationScreen.AMOUNT_APPLIED;
import static no.biogrants.it.pages.ApplicationScreen.COMMITTEE_EMPLOYEES;
import static no.biogrants.it.pages.ApplicationScreen.COMMITTEE_MANAGEMENT;
import static no.biogrants.it.pages.ApplicationScreen.DESCRIPTION;
import static no.biogrants.it.pages.ApplicationScreen.NEXT;
import static no.biogrants.it.pages.ApplicationScreen.PURPOSE;
import static no.biogrants.it.pages.ApplicationScreen.RESTRUCTURING;
import static no.biogrants.it.pages.ApplicationScreen.SUBMIT;
import static no.biogrants.it.pages.ApplicationScreen.TITLE;
import static no.biogrants.it.pages.ApplicationScreen.TRAINING_END;
import static no.biogrants.it.pages.ApplicationScreen.TRAINING_START;
import static no.biogrants.it.pages.ApplicationScreen.costLine;
import static no.biogrants.it.pages.ApplicationScreen.input;
import static no.biogrants.it.pages.ApplicationScreen.label;
import static no.biogrants.it.pages.ApplicationScreen.planLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.it.Browser;
import no.biogrants.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An applicant who uses only the keyboard, in headless Chromium on the real WAR against MariaDB:
 * skips to the main content, logs in, and fills the stepped application to its receipt with Tab,
 * Shift+Tab, typing, arrow keys and Enter, never a click. Every tab stop on the way must show where
 * the focus is. (Each page is also checked with axe-core by {@link Browser}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardJourneyPageIT {

  private static final String PASSWORD = "demo1234";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /**
   * More stops than any of our pages has before its last field: a field never reached is a failure.
   */
  private static final int MAX_TABS = 200;

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  private Browser browser;
  private final List<String> invisibleFocus = new ArrayList<>();

  @Test
  void anApplicantAppliesWithTheKeyboardOnly() {
    try (Browser b = new Browser(base)) {
      browser = b;
      browser.open("/login.xhtml");
      assertThat(focusVisibleStyleExists())
          .as("a :focus-visible rule in the style sheets")
          .isTrue();

      // The first tab stop is the skip link; it takes the focus past the header to the main
      // content.
      press(Keys.TAB);
      WebElement skip = browser.driver().switchTo().activeElement();
      assertThat(skip.getAttribute("class")).contains("skip-link");
      assertThat(skip.getAttribute("href")).endsWith("#main");
      assertThat(skip.isDisplayed()).isTrue();
      press(Keys.ENTER);
      assertThat(activeId()).isEqualTo("main");

      // Log in.
      tabTo("loginForm:username");
      type("soker");
      tabTo("loginForm:password");
      type(PASSWORD);
      tabTo("loginForm:login");
      browser.pressAndWaitForPage(Keys.ENTER);
      assertThat(browser.path()).isEqualTo("/grantapplication/applications.xhtml");

      // A new application. Step 1: about it, the purpose from a menu with the arrow keys, dates
      // typed.
      tabTo("newApplication");
      browser.pressAndWaitForPage(Keys.ENTER);
      tabTo(TITLE);
      type("Digitale verktøy i regnskapet");
      tabTo(DESCRIPTION);
      type("Regnskapsavdelingen tar i bruk nye digitale verktøy og må lære dem.");
      tabTo(label(PURPOSE));
      chooseWithArrows(PURPOSE, "Omstilling av produksjon");
      tabTo(RESTRUCTURING);
      type("Manuelle rutiner erstattes av digitale arbeidsflyter.");
      // Dates are typed; the calendar stays closed until asked for (Arrow Down or its button).
      tabTo(input(TRAINING_START));
      type(LocalDate.now().plusWeeks(3).format(DAY));
      tabTo(input(TRAINING_END));
      type(LocalDate.now().plusMonths(4).format(DAY));
      // Shift+Tab goes back over the start date's calendar button to the start date, which kept
      // what was typed.
      shiftTabTo(input(TRAINING_START), 3);
      assertThat(browser.byId(input(TRAINING_START)).getAttribute("value"))
          .isEqualTo(LocalDate.now().plusWeeks(3).format(DAY));
      tabTo(NEXT);
      browser.pressAndWaitForPage(Keys.ENTER);
      assertThat(browser.text("status")).isEqualTo("Utkast");

      // Step 2: one line of the training plan.
      tabTo(planLine(0, "what"));
      type("Kurs i digitale regnskapsverktøy");
      tabTo(input(planLine(0, "hours")));
      type("40");
      tabTo(input(planLine(0, "weeks")));
      type("8");
      tabTo(input(planLine(0, "participants")));
      type("6");
      tabTo(input(planLine(0, "laidOff")));
      type("2");
      tabTo(NEXT);
      browser.pressAndWaitForPage(Keys.ENTER);

      // Step 3: trainers' costs and participants' wages, and the amount applied for.
      tabTo(costLine(0, "lineDescription"));
      type("Kurs hos leverandøren");
      tabTo(input(costLine(0, "lineAmount")));
      type("200000");
      tabTo(costLine(1, "lineDescription"));
      type("Lønn til deltakerne i opplæringstimer");
      tabTo(input(costLine(1, "lineAmount")));
      type("100000");
      tabTo(input(AMOUNT_APPLIED));
      type("150000");
      tabTo(NEXT);
      browser.waitForAjax();
      browser.pressAndWaitForPage(Keys.ENTER);

      // Step 4 (no other aid) and step 5: the training committee.
      tabTo(NEXT);
      browser.pressAndWaitForPage(Keys.ENTER);
      tabTo(COMMITTEE_MANAGEMENT);
      type("Daglig leder Kari Nordmann");
      tabTo(COMMITTEE_EMPLOYEES);
      type("Tillitsvalgt Ola Hansen");
      tabTo(NEXT);
      browser.pressAndWaitForPage(Keys.ENTER);

      // The summary says it is ready; submitted with Enter, the receipt gives the reference.
      assertThat(browser.byId("readyToSubmit").getText()).isNotBlank();
      tabTo(SUBMIT);
      browser.pressAndWaitForPage(Keys.ENTER);
      assertThat(browser.heading()).isEqualTo("Kvittering for søknad");
      assertThat(browser.text("reference")).matches("\\d{4}-\\d{4}");
      tabTo("backToApplication");
      browser.pressAndWaitForPage(Keys.ENTER);
      assertThat(browser.text("status")).isEqualTo("Sendt inn");

      assertThat(invisibleFocus).as("tab stops without a visible focus indicator").isEmpty();
    }
  }

  /** Presses Tab until the element with this id has the focus; checks each stop shows its focus. */
  private void tabTo(String id) {
    for (int i = 0; i < MAX_TABS; i++) {
      if (id.equals(activeId())) {
        return;
      }
      press(Keys.TAB);
      browser.waitForAjax();
      checkFocusVisible();
    }
    throw new AssertionError(
        "Tab never reached " + id + " on " + browser.path() + "; focus is on " + activeId());
  }

  /**
   * Presses Shift+Tab until the element with this id has the focus, at most {@code stops} times.
   */
  private void shiftTabTo(String id, int stops) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < stops && !id.equals(activeId()); i++) {
      new Actions(browser.driver())
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.TAB)
          .keyUp(Keys.SHIFT)
          .perform();
      checkFocusVisible();
      WebElement el = browser.driver().switchTo().activeElement();
      visited.add(el.getTagName() + "#" + el.getAttribute("id") + "." + el.getAttribute("class"));
    }
    assertThat(activeId()).as("Shift+Tab stops: %s", visited).isEqualTo(id);
  }

  private void type(String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
  }

  private void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  /**
   * Arrow Down on a focused p:selectOneMenu (its label is the keyboard target) until it shows the
   * label (the menu wraps at most once).
   */
  private void chooseWithArrows(String menuId, String label) {
    for (int i = 0; i < 30 && !label.equals(browser.text(menuId + "_label")); i++) {
      press(Keys.ARROW_DOWN);
      browser.waitForAjax();
    }
    assertThat(browser.text(menuId + "_label")).isEqualTo(label);
  }

  private String activeId() {
    return browser.driver().switchTo().activeElement().getAttribute("id");
  }

  /**
   * The focused element (or, for PrimeFaces widgets whose focus input is hidden, the widget box the
   * widget marks as focused) draws an outline or a focus shadow.
   */
  private void checkFocusVisible() {
    Boolean visible =
        (Boolean)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const el = document.activeElement;"
                        + "if (!el || el === document.body) return true;"
                        + "const shows = e => { const s = getComputedStyle(e);"
                        + "  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };"
                        + "const widget = el.closest('.ui-selectonemenu, .ui-chkbox, .ui-radiobutton');"
                        + "return shows(el) || (!!widget && [widget, ...widget.querySelectorAll('.ui-state-focus')].some(shows));");
    if (!Boolean.TRUE.equals(visible)) {
      WebElement el = browser.driver().switchTo().activeElement();
      invisibleFocus.add(
          browser.path()
              + " "
              + el.getTagName()
              + "#"
              + el.getAttribute("id")
              + " «"
              + el.getText()
              + "»");
    }
  }

  private boolean focusVisibleStyleExists() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return Array.from(document.styleSheets).some(sheet => { try {"
                    + "  return Array.from(sheet.cssRules).some(r => (r.selectorText || '').includes(':focus-visible'));"
                    + "} catch (e) { return false; } });"));
  }
}
