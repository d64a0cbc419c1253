package no.biogrants.identity.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import no.biogrants.identity.Actor;
import no.biogrants.identity.ApiKeyAuthentication;
import no.biogrants.identity.ApiKeyThrottle;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Users;
import no.biogrants.infrastructure.api.ApiError;
import no.biogrants.infrastructure.api.ApiLanguage;
import no.biogrants.infrastructure.web.Messages;

/**
 * Every API request must carry {@code Authorization: Bearer <key>} with a valid, unrevoked key of
 * an active user; otherwise 401 with a JSON message and {@code WWW-Authenticate: Bearer}. The key's
 * user must then have a role the resource is for ({@link ApiRoles}): an applicant's key reaches
 * only the applicant's calls, an analyst's only the analysts' (403 otherwise). API keys are not
 * cookies: a logged-in browser session counts for nothing here, so no session and no CSRF exposure.
 * Ten invalid keys from one address within 15 minutes lock that address out for 15 minutes: 429
 * with a JSON message and {@code Retry-After} ({@link ApiKeyThrottle}).
 */
@Provider
public class ApiKeyFilter implements ContainerRequestFilter {

  @Inject private Users users;
  @Inject private ApiCaller caller;
  @Inject private ApiKeyThrottle throttle;
  @Context private HttpServletRequest servletRequest;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Locale locale = ApiLanguage.of(request.getAcceptableLanguages());
    String key = ApiKeyAuthentication.key(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    String address = servletRequest == null ? "" : servletRequest.getRemoteAddr();
    boolean keyGiven = key != null;
    if (keyGiven && throttle.isLocked(address)) {
      request.abortWith(
          Response.fromResponse(
                  ApiError.response(
                      Response.Status.TOO_MANY_REQUESTS,
                      Messages.text(
                          locale, "api.tooManyInvalidKeys", ApiKeyThrottle.LOCKOUT.toMinutes())))
              .header(HttpHeaders.RETRY_AFTER, ApiKeyThrottle.LOCKOUT.toSeconds())
              .build());
      return;
    }
    // Authenticated already (ApiKeyAuthentication) when the key is valid; looked up again only
    // without it.
    Object authenticated =
        servletRequest == null ? null : servletRequest.getAttribute(ApiKeyAuthentication.USER);
    var user = authenticated instanceof AppUser known ? Optional.of(known) : users.byApiKey(key);
    if (user.isEmpty()) {
      if (keyGiven) {
        throttle.invalidKey(address);
      }
      request.abortWith(
          Response.fromResponse(
                  ApiError.response(
                      Response.Status.UNAUTHORIZED, Messages.text(locale, "api.unauthorized")))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bio\"")
              .build());
      return;
    }
    if (authenticated == null) {
      // A valid key the container could not check a moment ago (the database was out of reach
      // then): without the container knowing the caller every service would refuse, so 503.
      request.abortWith(ApiError.databaseUnavailable(locale));
      return;
    }
    Actor actor = Actor.of(user.get());
    if (!mayCall(actor, audience())) {
      request.abortWith(
          ApiError.response(Response.Status.FORBIDDEN, Messages.text(locale, "api.wrongRole")));
      return;
    }
    caller.set(actor, locale);
  }

  /** The roles the matched resource method (or else its class) is for; null when it names none. */
  private ApiRoles audience() {
    if (resource == null || resource.getResourceMethod() == null) {
      return null;
    }
    ApiRoles onMethod = resource.getResourceMethod().getAnnotation(ApiRoles.class);
    return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(ApiRoles.class);
  }

  static boolean mayCall(Actor actor, ApiRoles audience) {
    return audience != null && Arrays.stream(audience.value()).anyMatch(actor::has);
  }
}
