package no.biogrants.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Authenticates an API request by its {@code Authorization: Bearer <key>} header: a valid,
 * unrevoked key of an active user makes the request that user's, with the user's roles, for this
 * request only (no session: API keys are not cookies). Anything else leaves the request
 * unauthenticated, and the API's filter answers it (401, or 429 while the address is locked out, or
 * 503 while the database is out of reach). The user found is kept on the request ({@link #USER}) so
 * the filter does not look the key up again.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

  /** The request attribute that holds the {@link AppUser} the key belongs to. */
  public static final String USER = ApiKeyAuthentication.class.getName() + ".user";

  private static final String BEARER = "Bearer ";

  @Inject private Users users;
  @Inject private ApiKeyThrottle throttle;

  AuthenticationStatus validateRequest(HttpServletRequest request, HttpMessageContext context) {
    String key = key(request.getHeader("Authorization"));
    if (key == null || throttle.isLocked(request.getRemoteAddr())) {
      return context.doNothing();
    }
    Optional<AppUser> user;
    try {
      user = users.byApiKey(key);
    } catch (RuntimeException e) {
      // E.g. the database out of reach: left to the API's filter, which looks the key up again and
      // answers as every API call does then (503 with Retry-After), instead of the container's 500.
      return context.doNothing();
    }
    if (user.isEmpty()) {
      return context.doNothing();
    }
    request.setAttribute(USER, user.get());
    return context.notifyContainerAboutLogin(
        user.get().getUsername(),
        user.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }

  /** The key of an {@code Authorization: Bearer} header, or null. */
  public static String key(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String key = header.substring(BEARER.length()).strip();
    return key.isEmpty() ? null : key;
  }
}
