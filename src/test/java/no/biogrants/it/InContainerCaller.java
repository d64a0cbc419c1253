package no.biogrants.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import no.biogrants.identity.AuthenticationMechanisms;
import no.biogrants.identity.Role;

/**
 * Only in the WAR of in-container tests ({@link Deployments#realWarWith}): the requests that run a
 * test inside the server, and those to the tests' own servlets under {@code /it/} and {@code
 * /it-fixtures/} (e.g. {@link CaseFixturesServlet}), are made by a caller with every role, so a
 * test can call any service, as the pages and the API do for their users; the services' own checks
 * of the {@code Actor} a test passes still apply. Every other request is authenticated as in
 * production.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class InContainerCaller extends AuthenticationMechanisms {

  private static final Set<String> EVERY_ROLE =
      Set.of(
          Role.APPLICANT_ROLE,
          Role.CASEWORKER_ROLE,
          Role.APPROVER_ROLE,
          Role.ANALYST_ROLE,
          Role.ADMIN_ROLE,
          Role.SYSTEM_ROLE);

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/ArquillianServletRunner")
        || path.startsWith("/it/")
        || path.startsWith("/it-fixtures/")) {
      return context.notifyContainerAboutLogin("in-container-test", EVERY_ROLE);
    }
    return super.validateRequest(request, response, context);
  }
}
