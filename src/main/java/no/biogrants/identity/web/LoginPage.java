package no.biogrants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.biogrants.identity.LoginThrottle;
import no.biogrants.identity.Users;
import no.biogrants.infrastructure.web.Messages;

/**
 * The login page: authenticates through Jakarta Security and sends the user to their start page
 * under a new session id. Repeated failures slow the username down, and lock out the address they
 * came from for a while ({@link LoginThrottle}), with one message whether the user exists or not;
 * the next successful login tells the user about the failed attempts since the last one.
 */
@Named
@RequestScoped
public class LoginPage {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH.mm");

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private Users users;
  @Inject private LoginThrottle throttle;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String name = username == null ? "" : username.strip();
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitBefore(name, address);
    if (!wait.isZero()) {
      refuse(wait);
      return;
    }
    switch (authenticate(request, response, name)) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> {
        throttle.succeeded(name, address).ifPresent(LoginPage::tellAboutFailures);
        // A new session id at login, so an id planted before it (session fixation) is worthless.
        request.getSession(true);
        request.changeSessionId();
        String start =
            users
                .byUsername(name)
                .map(u -> u.isMustChangePassword() ? PasswordPage.PATH : u.startPage())
                .orElse("/index.xhtml");
        external.redirect(external.getRequestContextPath() + start);
      }
      default -> failed(name, address);
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, String name) {
    return securityContext.authenticate(
        request,
        response,
        AuthenticationParameters.withParams()
            .newAuthentication(true)
            .credential(
                new UsernamePasswordCredential(
                    name, new Password(password == null ? "" : password))));
  }

  /** Counts the failure; the fifth one from this address already answers that it must wait. */
  private void failed(String name, String address) {
    throttle.failed(name, address);
    Duration wait = throttle.waitBefore(name, address);
    if (wait.isZero()) {
      boolean expired =
          users.temporaryPasswordExpired(
              name, password == null ? new char[0] : password.toCharArray());
      Messages.error(null, expired ? "login.temporaryPasswordExpired" : "login.failed");
    } else {
      refuse(wait);
    }
  }

  private static void refuse(Duration wait) {
    if (wait.compareTo(Duration.ofMinutes(1)) >= 0) {
      Messages.error(null, "login.locked", wait.toMinutes());
    } else {
      Messages.error(null, "login.slowed", Math.max(1, (wait.toMillis() + 999) / 1000));
    }
  }

  /**
   * On the start page after the redirect: how many failed attempts there were on the account since
   * the user last logged in, the last one when and from where (by e-mail too, once there is
   * e-mail).
   */
  private static void tellAboutFailures(LoginThrottle.Attempts attempts) {
    String when = WHEN.format(attempts.last().atZone(OSLO));
    Messages.info("login.failuresSinceLast", attempts.count(), when, attempts.lastAddress());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
