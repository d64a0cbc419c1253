package no.biogrants.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's HTTP session against the running app, without a browser: logs in through the real
 * login form, keeps the session cookie, never follows redirects (so a redirect to the login page
 * can be seen) and answers with the raw status, headers and body.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;

  public WebSession(URL base) {
    String root = base.toString();
    this.base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Logs in with the form; throws unless the app answers with the redirect to the user's landing page. */
  public WebSession login(String username, String password) {
    HttpResponse<String> form = get("/login.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginForm", "loginForm");
    fields.put("loginForm:username", username);
    fields.put("loginForm:password", password);
    fields.put("loginForm:login", "");
    fields.put("jakarta.faces.ViewState", viewState(form.body()));
    HttpResponse<String> answer = postForm("/login.xhtml", fields);
    if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("login")) {
      throw new IllegalStateException("login of " + username + " failed: " + answer.statusCode());
    }
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A REST call with an optional bearer key and a JSON body (null: none). */
  public HttpResponse<String> api(String method, String path, String key, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The ViewState of the first form on a page, the token every Faces post must carry. */
  public static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no ViewState on the page");
    }
    return matcher.group(1).replace("&#58;", ":");
  }

  /** True when the answer sends the user to the login page. */
  public static boolean toLogin(HttpResponse<?> response) {
    return (response.statusCode() == 302 || response.statusCode() == 303)
        && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
