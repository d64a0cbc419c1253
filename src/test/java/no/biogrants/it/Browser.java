package no.biogrants.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's chromedriver (explicit paths, so nothing is
 * ever downloaded), with the few moves our pages need: log in and out, fill PrimeFaces widgets,
 * wait for the PrimeFaces ajax queue, read money as shown.
 *
 * <p>Every page it lands on ({@link #open}, {@link #login}, the {@code clickAndWaitForPage} and
 * {@code clickLinkAndWaitForPage} moves) is checked once per distinct state ({@link
 * #assertAccessible}): with axe-core against the WCAG 2.1 A and AA rules, and for its layout at 1
 * 280 and 390 px, with a screenshot at each width ({@link PageLayout}). {@link #close} fails the
 * test if any page broke a rule, scrolled sideways or cut something off, or if the browser logged
 * an error (an uncaught exception, a console error, a resource that failed, a CSP refusal).
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private static final Duration POLL = Duration.ofMillis(50);

  private final WebDriverWait wait;
  private final String base;
  private final Path downloads;
  private final Accessibility accessibility = new Accessibility();
  private final PageLayout layout = new PageLayout();
  private final Set<String> landed = new HashSet<>();
  private final List<String> log = new ArrayList<>();
  private final List<String> expected = new ArrayList<>();

  public Browser(URL base) {
    this.base = base.toString().replaceAll("/$", "");
    try {
      this.downloads = Files.createTempDirectory(Path.of("target"), "downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=" + PageLayout.WIDE + ",1000",
        "--lang=nb");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "nb"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    // Checked every 50 ms, not Selenium's default 500 ms: every page and Ajax answer is waited
    // for, and a half-second step on each of them added minutes to the journeys.
    wait = new WebDriverWait(driver, Duration.ofSeconds(30), POLL);
  }

  public WebDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  public void open(String path) {
    driver.get(base + path);
    assertAccessible(path());
  }

  /**
   * Opens a page the server is to refuse with {@code status} (the app's own error page): the
   * browser's "Failed to load resource" for that one address is expected, not an error.
   */
  public void openRefused(String path, int status) {
    expected.add(
        base
            + path
            + " - Failed to load resource: the server responded with a status of "
            + status);
    open(path);
  }

  /**
   * Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now, once per distinct page (path,
   * heading and which forms and sections it shows, so each step or state of a page counts as one).
   * Violations are printed at once and make {@link #close} fail with the whole list.
   */
  public void assertAccessible(String pageName) {
    drainLog();
    String state = Accessibility.state(driver);
    if (!landed.add(pageName + " | " + state)) {
      return;
    }
    accessibility.check(driver, pageName);
    layout.check(driver, pageName, state.substring(state.indexOf('|') + 1));
  }

  /** The path of the current page, without context and query. */
  public String path() {
    String url = driver.getCurrentUrl();
    String rest = url.substring(base.length());
    int q = rest.indexOf('?');
    return q < 0 ? rest : rest.substring(0, q);
  }

  public void login(String username, String password) {
    open("/login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    clickAndWaitForPage("loginForm:login");
  }

  public void logout() {
    clickAndWaitForPage("logoutForm:logout");
  }

  public WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public String text(String id) {
    return byId(id).getText().strip();
  }

  public void type(String id, String value) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    element.clear();
    element.sendKeys(value);
  }

  /** Types into a p:inputNumber and leaves it, so its ajax update runs. */
  public void typeNumber(String id, String digits) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id + "_input")));
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(digits);
    ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
    waitForAjax();
  }

  /**
   * Types a date (dd.MM.yyyy) into a p:datePicker and leaves the field with Tab, so the widget
   * takes the typed text (Escape can close the calendar before it has), then checks it stuck.
   */
  public void typeDate(String id, String date) {
    By field = By.id(id + "_input");
    // Keys typed too early can be lost (the calendar used to open under the click; it now opens
    // only
    // from its button or Arrow Down): type again until the value sticks.
    for (int attempt = 0;
        attempt < 3 && !date.equals(driver.findElement(field).getAttribute("value"));
        attempt++) {
      WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(date);
      input.sendKeys(Keys.TAB);
      waitForAjax();
    }
    waitUntil(d -> date.equals(d.findElement(field).getAttribute("value")));
  }

  /** Picks an option of a p:selectOneMenu by its label. */
  public void selectMenu(String id, String label) {
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    for (int attempt = 0; attempt < 5 && !label.equals(menuLabel(id)); attempt++) {
      if (!driver.findElement(By.id(id + "_panel")).isDisplayed()) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
      }
      // A click while the panel is still opening (its CSS transition) may be lost: wait until it is
      // open; a click on the menu itself may be lost on a busy machine too: then click it again.
      try {
        new WebDriverWait(driver, Duration.ofSeconds(8), POLL)
            .until(
                d ->
                    d.findElement(By.id(id + "_panel"))
                        .getDomAttribute("class")
                        .contains("ui-connected-overlay-enter-done"));
      } catch (TimeoutException notOpen) {
        continue;
      }
      wait.until(ExpectedConditions.elementToBeClickable(item)).click();
      waitForAjax();
    }
    wait.until(d -> label.equals(menuLabel(id)));
  }

  /** The label a p:selectOneMenu shows for its current choice. */
  private String menuLabel(String id) {
    return driver.findElement(By.id(id + "_label")).getText().strip();
  }

  /** Picks an option of a plain select by its visible text. */
  public void select(String id, String visibleText) {
    new Select(byId(id)).selectByVisibleText(visibleText);
  }

  public void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    waitForAjax();
  }

  /** Clicks a non-ajax button or link and waits until the next page has replaced this one. */
  public void clickAndWaitForPage(String id) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    WebElement html = driver.findElement(By.tagName("html"));
    element.click();
    waitUntilReplaced(html);
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertAccessible(path());
  }

  /**
   * Clicks an element (found by the caller) and waits until the next page has replaced this one.
   */
  public void clickAndWaitForPage(WebElement element) {
    WebElement html = driver.findElement(By.tagName("html"));
    element.click();
    waitUntilReplaced(html);
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertAccessible(path());
  }

  /**
   * Presses a key on the focused element (Enter on a link or button) and waits for the next page.
   */
  public void pressAndWaitForPage(CharSequence key) {
    WebElement html = driver.findElement(By.tagName("html"));
    driver.switchTo().activeElement().sendKeys(key);
    waitUntilReplaced(html);
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertAccessible(path());
  }

  public void clickLinkAndWaitForPage(String linkText) {
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText)));
    WebElement html = driver.findElement(By.tagName("html"));
    link.click();
    waitUntilReplaced(html);
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertAccessible(path());
  }

  /**
   * Waits until {@code html} has left the document. While the next page loads, Chromium may answer
   * "Node with given id does not belong to the document" instead of "stale element": both mean
   * gone.
   */
  private void waitUntilReplaced(WebElement html) {
    wait.until(
        d -> {
          try {
            html.isEnabled();
            return false;
          } catch (StaleElementReferenceException e) {
            return true;
          } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return true;
            }
            throw e;
          }
        });
  }

  public void waitForAjax() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || jQuery.active === 0)"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  /** Waits for the condition; on time-out keeps a screenshot and says what the page showed. */
  public void waitUntil(Function<WebDriver, Boolean> condition) {
    try {
      wait.until(condition::apply);
    } catch (TimeoutException e) {
      String name = "timeout-" + System.currentTimeMillis();
      screenshot(name);
      throw new AssertionError(
          "Waited in vain on "
              + path()
              + " (screenshot "
              + name
              + ".png); focused: "
              + driver.switchTo().activeElement().getAttribute("id")
              + "="
              + driver.switchTo().activeElement().getAttribute("value")
              + "; messages: «"
              + globalMessages()
              + "»; page: "
              + driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " "),
          e);
    }
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText().strip();
  }

  /** The message shown next to a field (in the same {@code bio:field} box), or "" when none. */
  public String fieldMessage(String fieldId) {
    return messageNextTo(byId(fieldId));
  }

  /** The message shown in the {@code bio:field} box of this element, or "" when there is none. */
  public static String messageNextTo(WebElement field) {
    return field
        .findElements(
            By.xpath(
                "./ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]//*[contains(@class, 'ui-message')]"))
        .stream()
        .map(WebElement::getText)
        .filter(text -> !text.isBlank())
        .findFirst()
        .orElse("");
  }

  public String globalMessages() {
    return driver.findElements(By.id("messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** "1 234 567,50 kr" as shown on the page → 1234567.50. */
  public static BigDecimal money(String shown) {
    String digits = shown.replaceAll("[^0-9,\\-]", "").replace(',', '.');
    return new BigDecimal(digits);
  }

  /** Waits for a finished download (no partial file) and returns it. */
  public Path awaitDownload(String suffix) {
    wait.until(
        d -> {
          try (var files = Files.list(downloads)) {
            return files.anyMatch(f -> f.toString().endsWith(suffix));
          } catch (IOException e) {
            return false;
          }
        });
    try (var files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the browser has refused under the page's Content-Security-Policy so far (console messages;
   * Chromium logs each refused script, handler or resource). Every journey ends with none ({@link
   * #close}), so a page that needs more than the policy allows fails its test.
   */
  public List<String> cspViolations() {
    drainLog();
    return log.stream().filter(m -> m.contains("Content Security Policy")).toList();
  }

  /**
   * Every error the browser has logged so far (level SEVERE: uncaught exceptions, console.error,
   * resources that failed to load, CSP refusals), each with the page it was logged on.
   */
  public List<String> errors() {
    drainLog();
    return List.copyOf(log);
  }

  /** Chromium hands each log entry out once: keep the errors, with the page they came on. */
  private void drainLog() {
    String page;
    try {
      page = driver.getCurrentUrl();
    } catch (WebDriverException e) {
      page = "?";
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
          || entry.getMessage().contains("Content Security Policy")) {
        if (expected.stream().anyMatch(entry.getMessage()::startsWith)) {
          continue;
        }
        String line = entry.getMessage() + " (on " + page + ")";
        log.add(line);
        System.out.println("BROWSER ERROR " + line);
      }
    }
  }

  /** Saves a screenshot of the whole page to target/screenshots/NAME.png. */
  public void screenshot(String name) {
    PageLayout.save(driver, name);
  }

  /**
   * Quits the browser, prints the accessibility and layout summaries and fails, with the whole
   * list, if a page broke a WCAG rule, scrolled sideways or cut something off, or if the browser
   * logged an error.
   */
  @Override
  public void close() {
    List<String> failures = new ArrayList<>();
    try {
      List<String> errors = errors();
      if (!errors.isEmpty()) {
        failures.add(
            "The browser logged "
                + errors.size()
                + " error(s) (uncaught exceptions, console errors, failed resources, refusals"
                + " under the Content-Security-Policy):\n  "
                + String.join("\n  ", errors));
      }
    } finally {
      driver.quit();
    }
    List<String> cut = layout.report();
    if (!cut.isEmpty()) {
      failures.add(
          "Pages that scroll sideways or cut something off (at 1 280 or 390 px, "
              + cut.size()
              + "):\n  "
              + String.join("\n  ", cut));
    }
    try {
      accessibility.report();
    } catch (AssertionError e) {
      failures.add(e.getMessage());
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n\n", failures));
    }
  }
}
