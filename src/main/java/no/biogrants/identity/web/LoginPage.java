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
import no.biogrants.identity.AppUser;
import no.biogrants.identity.LoginThrottle;
import no.biogrants.identity.Users;
import no.biogrants.infrastructure.web.Messages;

/**
 * The login page: authenticates through Jakarta Security and sends the user to their start page
 * under a new session id. Repeated failures lock the username (and the address) out for a while
 * ({@link LoginThrottle}), with one message whether the user exists or not.
 */
@Named
@RequestScoped
public class LoginPage {

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
    if (!throttle.mayTry(name, address)) {
      Messages.error(null, "login.locked", LoginThrottle.LOCKOUT.toMinutes());
      return;
    }
    switch (authenticate(request, response, name)) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> {
        throttle.succeeded(name);
        // A new session id at login, so an id planted before it (session fixation) is worthless.
        request.getSession(true);
        request.changeSessionId();
        String start = users.byUsername(name).map(AppUser::startPage).orElse("/index.xhtml");
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

  /** Counts the failure; the fifth one already answers that the username is locked. */
  private void failed(String name, String address) {
    throttle.failed(name, address);
    if (throttle.mayTry(name, address)) {
      Messages.error(null, "login.failed");
    } else {
      Messages.error(null, "login.locked", LoginThrottle.LOCKOUT.toMinutes());
    }
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
