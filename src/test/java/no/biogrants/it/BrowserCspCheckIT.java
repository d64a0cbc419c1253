package no.biogrants.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' Content-Security-Policy check itself (no server needed): a page whose inline
 * script the policy refuses is reported, and a journey ending on it fails. So the journeys, which
 * end with no refusal, prove the application's pages run under the policy.
 */
class BrowserCspCheckIT {

  @Test
  void aScriptThePolicyRefusesIsReportedAndFailsTheJourney() throws Exception {
    String page =
        "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\"></head>"
            + "<body><script>document.title = 'ran';</script></body></html>";
    Browser browser = new Browser(URI.create("http://127.0.0.1/").toURL());
    browser
        .driver()
        .get(
            "data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));

    assertThat(browser.driver().getTitle()).isNotEqualTo("ran");
    assertThat(browser.cspViolations()).isNotEmpty();
    browser.driver().navigate().refresh();
    assertThatThrownBy(browser::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Content-Security-Policy");
  }
}
