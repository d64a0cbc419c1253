package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions and requests as an attacker's plain HTTP client sees them, on the real WAR: a form
 * posted without the page's ViewState changes nothing (CSRF), the API ignores a logged-in session,
 * the session id changes at login, repeated failed logins lock the username with one message
 * whether it exists or not, repeated invalid API keys get 429, and every response carries the
 * security headers. The tests use different users, and only the last one sends API keys, so their
 * throttles do not meet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.OWN_SERVER)
class SessionSecurityIT {

  private static final String PASSWORD = "demo1234";
  private static final String FAILED = "Feil brukernavn eller passord";
  private static final String LOCKED = "For mange mislykkede innloggingsfors";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ownServer();
  }

  @ArquillianResource private URL base;

  @Test
  void infW1_aFormPostedWithoutThePagesViewStateChangesNothing() throws Exception {
    FormClient browser = new FormClient(base);
    assertThat(browser.login("soker.03", PASSWORD).statusCode()).isEqualTo(302);
    String page = browser.get("/identity/api-keys.xhtml").body();
    String viewState = FormClient.viewState(page);
    String nonce = FormClient.nonce(page);

    // What another site can make a logged-in browser send: the form's fields, no ViewState.
    browser.post("/identity/api-keys.xhtml", createKey("Uten ViewState", null, null));
    browser.post("/identity/api-keys.xhtml", createKey("Uten ViewState med nonce", null, nonce));
    // A made-up ViewState: the view cannot be restored, nothing is run.
    browser.post(
        "/identity/api-keys.xhtml", createKey("Falsk ViewState", "-123456789:987654321", nonce));
    assertThat(browser.get("/identity/api-keys.xhtml").body())
        .doesNotContain("Uten ViewState", "Falsk ViewState");

    HttpResponse<String> genuine =
        browser.post("/identity/api-keys.xhtml", createKey("Med ViewState", viewState, nonce));
    assertThat(genuine.body())
        .as("the same form as the page posts it does make the key")
        .contains("Med ViewState");
  }

  @Test
  void infW4_aPostbackSentByGetIsRefused405AndSavesNothing() throws Exception {
    FormClient browser = new FormClient(base);
    assertThat(browser.login("soker.11", PASSWORD).statusCode()).isEqualTo(302);
    String page = browser.get("/identity/api-keys.xhtml").body();
    String query =
        createKey("Sendt med GET", FormClient.viewState(page), FormClient.nonce(page))
            .entrySet()
            .stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));

    HttpResponse<String> byGet = browser.get("/identity/api-keys.xhtml?" + query);

    assertThat(byGet.statusCode()).isEqualTo(405);
    assertThat(byGet.headers().firstValue("Allow")).contains("POST");
    assertThat(byGet.body())
        .as("the application's own error page")
        .contains("Et skjema kan bare sendes med knappen på siden");
    assertThat(browser.get("/identity/api-keys.xhtml").body()).doesNotContain("Sendt med GET");
  }

  @Test
  void infW5_theSessionCookieIsSameSiteAndLoggedInPagesAreNotStored() throws Exception {
    FormClient browser = new FormClient(base);
    HttpResponse<String> login = browser.login("soker.15", PASSWORD);
    assertThat(login.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));
    HttpResponse<String> page = browser.get("/grantapplication/applications.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(
            browser
                .get("/jakarta.faces.resource/css/app.css.xhtml")
                .headers()
                .firstValue("Cache-Control"))
        .as("static files may be cached")
        .isNotEqualTo(java.util.Optional.of("no-store"));
  }

  @Test
  void infW6_anApiBodyOfTwentyMegabytesIsAnswered413BeforeItIsRead() throws Exception {
    long twentyMb = 20L * 1024 * 1024;
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      String path = base.getPath().replaceAll("/$", "") + "/api/v1/applications";
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + "\r\n"
                  + "Authorization: Bearer demo-applicant-key\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + twentyMb
                  + "\r\nConnection: close\r\n\r\n{\"title\":\"")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]); // a start only: the answer must not wait for the rest
      out.flush();
      java.io.InputStream in = socket.getInputStream();
      StringBuilder read = new StringBuilder();
      byte[] chunk = new byte[1024];
      int n;
      while (!read.toString().contains("}") && (n = in.read(chunk)) > 0) {
        read.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
      }
      String answer = read.toString();
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("application/json", "\"status\":413", "for stor");
    }
  }

  @Test
  void infW8_aTextPostedByAPageLosesItsInvisibleCharacters() throws Exception {
    FormClient browser = new FormClient(base);
    assertThat(browser.login("soker.18", PASSWORD).statusCode()).isEqualTo(302);
    String page = browser.get("/identity/api-keys.xhtml").body();
    HttpResponse<String> made =
        browser.post(
            "/identity/api-keys.xhtml",
            createKey(
                "Kurs\u202Etxt.exe\u200B", FormClient.viewState(page), FormClient.nonce(page)));
    assertThat(made.body()).contains("Kurstxt.exe").doesNotContain("\u202E", "&#8238;", "\u200B");
  }

  @Test
  void infW2_aLoggedInBrowserSessionCountsForNothingAtTheApi() throws Exception {
    FormClient browser = new FormClient(base);
    assertThat(browser.login("analytiker", PASSWORD).statusCode()).isEqualTo(302);
    assertThat(browser.get("/reporting/reports.xhtml").statusCode())
        .as("the session is logged in")
        .isEqualTo(200);

    HttpResponse<String> api = browser.get("/api/v1/budget-lines?year=2020");

    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void idI1_theSessionIdChangesAtLoginAndTheOldOneIsWorthless() throws Exception {
    FormClient browser = new FormClient(base);
    browser.get("/login.xhtml");
    String before = browser.sessionId().orElseThrow();

    HttpResponse<String> login = browser.login("saksbehandler", PASSWORD);

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/casework/queue.xhtml"));
    assertThat(browser.sessionId())
        .hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    assertThat(browser.get("/casework/queue.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> planted =
        new FormClient(base).get("/casework/queue.xhtml", "Cookie", "JSESSIONID=" + before);
    assertThat(planted.statusCode())
        .as("the id from before the login is not logged in")
        .isEqualTo(302);
    assertThat(planted.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/login.xhtml"));
  }

  @Test
  void idI2_fiveFailedLoginsLockTheUsernameWithOneMessageWhetherItExistsOrNot() throws Exception {
    for (String username : List.of("leder.03", "finnes.ikke")) {
      FormClient browser = new FormClient(base);
      for (int i = 1; i < LoginThrottle.MAX_FAILURES_PER_USERNAME_AND_ADDRESS; i++) {
        assertThat(browser.login(username, "feil-passord-" + i).body())
            .as(username + " failure " + i)
            .contains(FAILED)
            .doesNotContain(LOCKED);
      }
      assertThat(browser.login(username, "feil-passord-5").body())
          .as(username + " failure 5")
          .contains(LOCKED)
          .doesNotContain(FAILED);
      HttpResponse<String> right = browser.login(username, PASSWORD);
      assertThat(right.statusCode())
          .as(username + ": even the right password is refused while locked")
          .isEqualTo(200);
      assertThat(right.body()).contains(LOCKED);
    }
    assertThat(new FormClient(base).login("leder", PASSWORD).statusCode())
        .as("another user logs in as before")
        .isEqualTo(302);
  }

  @Test
  void idI2_theNextLoginTellsTheUserAboutTheFailedAttemptsOnTheAccount() throws Exception {
    FormClient browser = new FormClient(base);
    for (int i = 1; i <= 2; i++) {
      assertThat(browser.login("saksbehandler.46", "feil-passord-" + i).body()).contains(FAILED);
    }
    HttpResponse<String> login = browser.login("saksbehandler.46", PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    String start = login.headers().firstValue("Location").orElseThrow();
    String path = java.net.URI.create(start).getPath().substring(base.getPath().length() - 1);
    assertThat(browser.get(path).body()).contains("feil passord 2 ganger", "127.0.0.1");
    assertThat(browser.get(path).body()).as("told once").doesNotContain("feil passord 2 ganger");
  }

  @Test
  void infW3_everyResponseCarriesTheSecurityHeaders() throws Exception {
    FormClient client = new FormClient(base);
    HttpResponse<String> page = client.get("/login.xhtml");
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    String policy = policies.get(0);
    assertThat(policy)
        .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
        .matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$");
    assertThat(policy).doesNotContain("unsafe-eval");
    assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(page.body()).contains("nonce=\"" + nonce + "\"");

    for (HttpResponse<String> response :
        List.of(
            page,
            client.get("/api/v1/budget-lines?year=2020"),
            client.get("/jakarta.faces.resource/css/app.css.xhtml"),
            client.get("/finnes-ikke.xhtml"))) {
      String what = response.request().uri().getPath();
      assertThat(response.headers().allValues("Content-Security-Policy"))
          .as(what + ": one policy, not two")
          .hasSize(1);
      Matcher nonces = Pattern.compile("nonce=\"([^\"]+)\"").matcher(response.body());
      while (nonces.find()) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
            .as(what + ": the page's nonce is in its policy")
            .hasValueSatisfying(v -> assertThat(v).contains("'nonce-" + nonces.group(1) + "'"));
      }
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(what)
          .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(what)
          .contains("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(what).contains("same-origin");
      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .as(what + " over plain HTTP")
          .isEmpty();
    }
    HttpResponse<String> behindTls = client.get("/login.xhtml", "X-Forwarded-Proto", "https");
    assertThat(behindTls.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
  }

  @Test
  void idI4_repeatedInvalidApiKeysFromOneAddressAreAnswered429() throws Exception {
    FormClient client = new FormClient(base);
    for (int i = 0; i < ApiKeyThrottle.MAX_INVALID_KEYS_PER_ADDRESS; i++) {
      assertThat(
              client
                  .get("/api/v1/budget-lines?year=2020", "Authorization", "Bearer gjetning-" + i)
                  .statusCode())
          .isEqualTo(401);
    }

    HttpResponse<String> locked =
        client.get("/api/v1/budget-lines?year=2020", "Authorization", "Bearer gjetning-x");
    HttpResponse<String> validKey =
        client.get("/api/v1/budget-lines?year=2020", "Authorization", "Bearer demo-analyst-key");

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(locked.headers().firstValue("Retry-After")).contains("900");
    assertThat(locked.body())
        .contains("\"status\":429")
        .contains("For mange forsøk med ugyldig API-nøkkel");
    assertThat(validKey.statusCode()).as("a locked address is locked for every key").isEqualTo(429);
    assertThat(client.get("/api/v1/budget-lines?year=2020").statusCode())
        .as("no key: nothing guessed, 401 as always")
        .isEqualTo(401);
  }

  /**
   * The fields of the API key page's "make a key" form, with the ViewState and nonce given (or
   * none).
   */
  private static Map<String, String> createKey(String label, String viewState, String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("keyForm", "keyForm");
    fields.put("keyForm:label", label);
    fields.put("keyForm:create", "");
    if (viewState != null) {
      fields.put(FormClient.VIEW_STATE, viewState);
    }
    if (nonce != null) {
      fields.put(FormClient.NONCE, nonce);
    }
    return fields;
  }
}
