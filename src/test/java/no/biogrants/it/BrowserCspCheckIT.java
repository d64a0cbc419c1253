package no.biogrants.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' own checks (no server needed): a page whose inline script the policy refuses
 * is reported, and a journey ending on it fails; so does one whose page throws an uncaught error or
 * logs a console error, and one whose page scrolls sideways or cuts a table off at 1 280 or 390 px.
 * So the journeys, which end with none of these, prove the application's pages run under the policy
 * without errors and fit both widths.
 */
class BrowserCspCheckIT {

  @Test
  void aScriptThePolicyRefusesIsReportedAndFailsTheJourney() throws Exception {
    String page =
        "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\"></head>"
            + "<body><script>document.title = 'ran';</script></body></html>";
    Browser browser = new Browser(URI.create("http://127.0.0.1/").toURL());
    show(browser, page);

    assertThat(browser.driver().getTitle()).isNotEqualTo("ran");
    assertThat(browser.cspViolations()).isNotEmpty();
    browser.driver().navigate().refresh();
    assertThatThrownBy(browser::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Content-Security-Policy");
  }

  @Test
  void anUncaughtErrorOrAConsoleErrorFailsTheJourney() throws Exception {
    Browser browser = new Browser(URI.create("http://127.0.0.1/").toURL());
    show(browser, "<html><body><script>PrimeFaces.locales['nb'] = {};</script></body></html>");
    show(browser, "<html><body><script>console.error('broken widget');</script></body></html>");

    assertThatThrownBy(browser::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PrimeFaces is not defined")
        .hasMessageContaining("broken widget");
  }

  @Test
  void aPageThatScrollsSidewaysOrCutsOffATableFailsTheJourneyAndIsPhotographed() throws Exception {
    String table =
        "<table id='wide' style='width:1500px'><tr><th>Lærlinger</th><td><button id='remove'>Fjern</button></td></tr></table>";
    Browser browser = new Browser(URI.create("http://127.0.0.1/").toURL());
    show(
        browser,
        "<html lang='nb'><head><title>wide</title></head><body><main><h1>Wide</h1>"
            + table
            + "</main></body></html>");
    browser.assertAccessible("/wide.xhtml");
    show(
        browser,
        "<html lang='nb'><head><title>cut</title></head><body><main><h1>Cut</h1>"
            + "<div id='panel' style='width:600px;overflow:hidden'>"
            + table
            + "</div></main></body></html>");
    browser.assertAccessible("/cut.xhtml");

    assertThatThrownBy(browser::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/wide.xhtml at 1280 px")
        .hasMessageContaining("the page scrolls sideways")
        .hasMessageContaining("/cut.xhtml at 390 px")
        .hasMessageContaining("table#wide is cut off by div#panel");
    assertThat(Path.of("target/screenshots")).isDirectory();
    try (var shots = Files.list(Path.of("target/screenshots"))) {
      assertThat(shots.map(p -> p.getFileName().toString()).toList())
          .anyMatch(n -> n.endsWith("-001-wide-1280.png"))
          .anyMatch(n -> n.endsWith("-001-wide-390.png"))
          .anyMatch(n -> n.endsWith("-002-cut-390.png"));
    }
  }

  @Test
  void aWideTableThatScrollsInItsOwnBoxIsFine() throws Exception {
    Browser browser = new Browser(URI.create("http://127.0.0.1/").toURL());
    show(
        browser,
        "<html lang='nb'><head><title>fits</title></head><body><main><h1>Fits</h1>"
            + "<div style='overflow-x:auto'><table style='width:900px'><tr><th>Lærlinger</th>"
            + "<td><button>Fjern</button></td></tr></table></div></main></body></html>");
    browser.assertAccessible("/fits.xhtml");

    browser.close();
  }

  private static void show(Browser browser, String page) {
    browser
        .driver()
        .get(
            "data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
