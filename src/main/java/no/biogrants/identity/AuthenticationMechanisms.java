package no.biogrants.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which authentication a request gets: the REST API ({@code /api/...}) is authenticated by its
 * bearer API key alone ({@link ApiKeyAuthentication}), every other request by the form login and
 * its session ({@link SecurityConfiguration}). Either way the container knows the caller and its
 * roles, so the services' {@code @RolesAllowed} hold for pages and API alike.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationMechanisms implements HttpAuthenticationMechanismHandler {

  @Inject @CustomFormAuthenticationMechanism private HttpAuthenticationMechanism form;
  @Inject private ApiKeyAuthentication apiKey;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApi(request)
        ? apiKey.validateRequest(request, context)
        : form.validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApi(request)
        ? AuthenticationStatus.SUCCESS
        : form.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    form.cleanSubject(request, response, context);
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }
}
