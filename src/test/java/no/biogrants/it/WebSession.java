package no.biogrants.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One user's session for tests that ask many pages and calls in a row: a {@link FormClient}
 * (cookies, no redirects followed, the real login form with ViewState and CSP nonce) whose calls
 * throw no checked exceptions, plus REST calls with a bearer key.
 */
public final class WebSession {

  private final String base;
  private final FormClient forms;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public WebSession(URL base) {
    this.base = base.toString().replaceAll("/$", "");
    this.forms = new FormClient(base);
  }

  /**
   * Logs in with the form; throws unless the app answers with the redirect to the user's landing
   * page.
   */
  public WebSession login(String username, String password) {
    HttpResponse<String> answer = unchecked(() -> forms.login(username, password));
    if (answer.statusCode() != 302
        || answer.headers().firstValue("Location").orElse("").contains("login")) {
      throw new IllegalStateException("login of " + username + " failed: " + answer.statusCode());
    }
    return this;
  }

  public HttpResponse<String> get(String path) {
    return unchecked(() -> forms.get(path));
  }

  /**
   * A REST call with an optional bearer key and a JSON body (null: none). It carries no cookie: the
   * API must not take a session for a key.
   */
  public HttpResponse<String> api(String method, String path, String key, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpRequest built =
        request
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build();
    return unchecked(() -> http.send(built, HttpResponse.BodyHandlers.ofString()));
  }

  /** True when the answer sends the user to the login page. */
  public static boolean toLogin(HttpResponse<?> response) {
    return (response.statusCode() == 302 || response.statusCode() == 303)
        && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
  }

  private interface Call<T> {
    T run() throws IOException, InterruptedException;
  }

  private static <T> T unchecked(Call<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
