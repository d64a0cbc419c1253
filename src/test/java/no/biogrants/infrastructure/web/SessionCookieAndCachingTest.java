package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session cookie's attributes and no caching of what a logged-in user sees (item 17). */
class SessionCookieAndCachingTest {

  private static Map<String, Object> cookieSettings(boolean secure) {
    Map<String, Object> set = new HashMap<>();
    SessionCookieConfig config =
        (SessionCookieConfig)
            Proxy.newProxyInstance(
                SessionCookieAndCachingTest.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, m, args) -> {
                  switch (m.getName()) {
                    case "setAttribute" -> set.put((String) args[0], args[1]);
                    case "setSecure" -> set.put("Secure", args[0]);
                    case "setHttpOnly" -> set.put("HttpOnly", args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                  }
                  return null;
                });
    SessionCookieSettings.apply(config, secure);
    return set;
  }

  @Test
  void infW5_theSessionCookieIsHttpOnlyAndSecureBehindTls() throws Exception {
    assertThat(cookieSettings(false)).containsEntry("HttpOnly", true).doesNotContainKey("Secure");
    assertThat(cookieSettings(true)).containsEntry("Secure", true);
    assertThat(
            java.nio.file.Files.readString(java.nio.file.Path.of("config/payara/preboot.asadmin")))
        .as("SameSite=Lax on every cookie, by the HTTP listener")
        .contains("http.cookie-same-site-enabled=true", "http.cookie-same-site-value=Lax");
  }

  private static FakeHttp through(FakeHttp http) throws Exception {
    SecurityHeadersFilter filter = new SecurityHeadersFilter();
    filter.doFilter(http.request(), http.response(), http.chain());
    return http;
  }

  @Test
  void infW5_pagesLettersAndReceiptsOfALoggedInUserAreNeverStored() throws Exception {
    for (String path :
        new String[] {
          "/casework/case.xhtml", "/letters/12.docx", "/grantapplication/receipt.xhtml"
        }) {
      FakeHttp http = new FakeHttp();
      http.servletPath = path;
      http.user = () -> "leder";
      assertThat(through(http).header("Cache-Control")).as(path).isEqualTo("no-store");
    }
  }

  @Test
  void infW5_staticResourcesAndAnonymousPagesMayBeCached() throws Exception {
    FakeHttp css = new FakeHttp();
    css.servletPath = "/jakarta.faces.resource/theme.css.xhtml";
    css.user = () -> "leder";
    assertThat(through(css).header("Cache-Control")).isNull();
    FakeHttp login = new FakeHttp();
    login.servletPath = "/login.xhtml";
    assertThat(through(login).header("Cache-Control")).isNull();
  }
}
