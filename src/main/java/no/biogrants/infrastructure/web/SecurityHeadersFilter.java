package no.biogrants.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: pages, downloads, the API, static files and error pages.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: the policy of web.xml's {@code primefaces.CSP_POLICY}
 *       (scripts only from this site; no frames, plugins or foreign form targets). On Faces pages
 *       PrimeFaces (CSP mode, {@code primefaces.CSP=true}) sends the same policy with the page's
 *       nonce added to {@code script-src}; that header <em>replaces</em> this one (see {@link
 *       OneCspHeader}), so a page never carries two policies.
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (with {@code
 *       frame-ancestors 'none'} in the policy), {@code Referrer-Policy: same-origin}.
 *   <li>Error pages: the container renders them in a second dispatch, with a Faces lifecycle and a
 *       nonce of their own, on the response it holds, not on this filter's wrapper. So the filter
 *       runs for ERROR (and FORWARD) dispatches too and wraps again: the error page's policy
 *       replaces the one before it instead of joining it.
 *   <li>{@code Cache-Control: no-store} (and {@code Pragma: no-cache}) on everything a logged-in
 *       user (or an API key) is answered, but the static resources: pages, letters, receipts,
 *       exports and API answers are never kept by the browser or a proxy, so the next user of a
 *       shared computer cannot bring them back with the back button (rule INF-W5). Downloads that
 *       set their own caching keep theirs.
 *   <li>{@code Strict-Transport-Security} only when the request came over HTTPS (directly, or
 *       through a proxy saying so with {@code X-Forwarded-Proto: https}): over plain HTTP it would
 *       be ignored by browsers anyway, and a local demo over HTTP must keep working.
 * </ul>
 */
@WebFilter(
    filterName = "SecurityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  public static final String CSP = "Content-Security-Policy";

  /** Used only if web.xml names no policy: nothing but this site's own files. */
  static final String FALLBACK_POLICY =
      "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  static final String NO_STORE = "no-store";

  private String policy;

  @Override
  public void init(FilterConfig config) {
    String configured = config.getServletContext().getInitParameter("primefaces.CSP_POLICY");
    policy =
        configured == null || configured.isBlank()
            ? FALLBACK_POLICY
            : configured.strip().replaceAll("\\s+", " ");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (isHttps(request)) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (request.getUserPrincipal() != null && !isStaticResource(request)) {
      response.setHeader("Cache-Control", NO_STORE);
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, new OneCspHeader(response));
  }

  /** The theme's and PrimeFaces' scripts, styles and images: the same for everyone. */
  static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path != null
        && (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/"));
  }

  static boolean isHttps(HttpServletRequest request) {
    return request.isSecure()
        || "https".equalsIgnoreCase(strip(request.getHeader("X-Forwarded-Proto")));
  }

  private static String strip(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    return (comma < 0 ? header : header.substring(0, comma)).strip();
  }

  /**
   * A second Content-Security-Policy (PrimeFaces' one with the nonce) replaces the first instead of
   * being added: two policies would both be enforced, and the one without the nonce would block the
   * page's own scripts.
   */
  static final class OneCspHeader extends HttpServletResponseWrapper {

    OneCspHeader(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
