package no.biogrants.infrastructure.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Users;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.MoneyFormat;

/**
 * Every API request must carry {@code Authorization: Bearer <key>} with a valid key of an active
 * user; otherwise 401 with a JSON message. API keys are not cookies: no session, no CSRF exposure.
 */
@Provider
public class ApiKeyFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject private Users users;
  @Inject private ApiCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String key = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? header.substring(BEARER.length()).strip() : null;
    var user = users.byApiKey(key);
    if (user.isEmpty()) {
      request.abortWith(
          Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, Messages.text(MoneyFormat.NORWEGIAN, "api.unauthorized")))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bio\"")
              .build());
      return;
    }
    caller.set(Actor.of(user.get()));
  }
}
