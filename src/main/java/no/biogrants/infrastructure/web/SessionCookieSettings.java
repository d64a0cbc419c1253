package no.biogrants.infrastructure.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes (rule INF-W5), set once as the application starts: {@code
 * HttpOnly} (also in web.xml) and {@code Secure} when {@code bio.session.secure-cookie} is true,
 * which production behind a TLS-ending proxy sets (the container itself marks the cookie Secure
 * only when the request reached it over HTTPS, which behind a proxy it never does). The demo and
 * the tests run over plain HTTP on the loopback, where a Secure cookie would never be sent back, so
 * the default is false.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  static final String SECURE_SETTING = "bio.session.secure-cookie";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig().getOptionalValue(SECURE_SETTING, Boolean.class).orElse(false);
    apply(event.getServletContext().getSessionCookieConfig(), secure);
  }

  static void apply(SessionCookieConfig cookie, boolean secure) {
    cookie.setHttpOnly(true);
    if (secure) {
      cookie.setSecure(true);
    }
  }
}
