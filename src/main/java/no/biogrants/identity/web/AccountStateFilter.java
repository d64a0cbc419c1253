package no.biogrants.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.AppUser;
import org.omnifaces.util.Servlets;

/**
 * The account's state on every page of a logged-in user (rules ID-I6, ID-I7), read from the user
 * register at each request, so an admin's change counts at once on every node:
 *
 * <ul>
 *   <li>a deactivated (or removed) account's session ends, and the page shows the login;
 *   <li>with a temporary password, every page but the password page leads to it until the password
 *       is changed.
 * </ul>
 *
 * Static resources and the API (its own key check, no session) are left alone; an Ajax request is
 * redirected with a Faces partial response, so the browser follows it.
 */
@WebFilter(filterName = "AccountStateFilter", urlPatterns = "*.xhtml")
public class AccountStateFilter extends HttpFilter {

  @Inject private ActiveUser activeUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AppUser> user = activeUser.user();
    if (user.isEmpty() || !user.get().isActive()) {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml");
      return;
    }
    if (user.get().isMustChangePassword() && !request.getServletPath().equals(PasswordPage.PATH)) {
      Servlets.facesRedirect(request, response, request.getContextPath() + PasswordPage.PATH);
      return;
    }
    chain.doFilter(request, response);
  }
}
