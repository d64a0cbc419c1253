package no.biogrants.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for tests of what the server does with plain requests: keeps its
 * cookies, never follows redirects, posts Faces forms field by field (with or without the ViewState
 * and the CSP nonce PrimeFaces' script would add), and reads them and the session cookie.
 */
public final class FormClient {

  public static final String VIEW_STATE = "jakarta.faces.ViewState";

  /**
   * PrimeFaces' CSP mode: its script adds the page's nonce to every form post, and it checks it.
   */
  public static final String NONCE = "primefaces.nonce";

  private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("nonce=\"([^\"]+)\"");

  private static final Pattern VIEW_STATE_FIELD =
      Pattern.compile("name=\"" + Pattern.quote(VIEW_STATE) + "\"[^>]*?value=\"([^\"]*)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  public FormClient(URL base) {
    this.base = base.toString().replaceAll("/$", "");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A download (a letter, a file) as bytes. */
  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts the fields as a form (urlencoded), exactly these and no others. */
  public HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Logs in through the login page's form; answers the login POST's response (a redirect when it
   * worked).
   */
  public HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    String page = get("/login.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginForm", "loginForm");
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:login", "");
    fields.put(VIEW_STATE, viewState(page));
    fields.put(NONCE, nonce(page));
    return post("/login.xhtml", fields);
  }

  public static String viewState(String html) {
    Matcher matcher = VIEW_STATE_FIELD.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("No ViewState on the page");
    }
    return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  /** The page's CSP nonce, as PrimeFaces' script would post it. */
  public static String nonce(String html) {
    Matcher matcher = NONCE_ATTRIBUTE.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("No nonce on the page");
    }
    return matcher.group(1);
  }

  /** The current session id (JSESSIONID cookie), if any. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }
}
