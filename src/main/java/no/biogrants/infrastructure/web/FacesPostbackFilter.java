package no.biogrants.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Faces postback only by POST (rule INF-W4). Faces takes any request that carries {@code
 * jakarta.faces.ViewState} as a postback and runs its actions, also when it came by GET in the
 * address, so a link (in an e-mail, on another site, in the browser's history or a proxy's log)
 * could save a form. Such a GET (or HEAD, PUT, …) is answered 405 with {@code Allow: POST} and the
 * application's error page, and nothing runs.
 *
 * <p>The error page is itself a Faces page, rendered in an ERROR dispatch of the same request: the
 * filter runs there too and hides the request's {@code jakarta.faces.*} parameters (whatever its
 * method), so the error page is rendered as a fresh page and not restored as the postback that
 * failed. Without that, the error page of a failed POST tried to restore the other page's view and
 * answered a bare 500 with an empty body (rule INF-W7).
 */
@WebFilter(
    filterName = "FacesPostbackFilter",
    urlPatterns = "*.xhtml",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class FacesPostbackFilter extends HttpFilter {

  static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final String FACES_PREFIX = "jakarta.faces.";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean post = "POST".equalsIgnoreCase(request.getMethod());
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      chain.doFilter(new WithoutFacesParameters(request), response);
    } else if (post) {
      chain.doFilter(request, response);
    } else if (request.getParameter(VIEW_STATE) != null) {
      response.setHeader("Allow", "POST");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The request without the parameters that would make Faces restore a view. */
  static final class WithoutFacesParameters extends HttpServletRequestWrapper {

    WithoutFacesParameters(HttpServletRequest request) {
      super(request);
    }

    private static boolean hidden(String name) {
      return name.startsWith(FACES_PREFIX);
    }

    @Override
    public String getParameter(String name) {
      return hidden(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return hidden(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return super.getParameterMap().entrySet().stream()
          .filter(e -> !hidden(e.getKey()))
          .collect(
              Collectors.collectingAndThen(
                  Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue),
                  Collections::unmodifiableMap));
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
