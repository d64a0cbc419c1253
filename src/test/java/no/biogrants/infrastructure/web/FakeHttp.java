package no.biogrants.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request and a response for filter tests, without a container (no mocking library). */
final class FakeHttp {

  String method = "GET";
  String servletPath = "/index.xhtml";
  DispatcherType dispatcherType = DispatcherType.REQUEST;
  Principal user;
  boolean secure;
  long contentLength = -1;
  byte[] requestBody = new byte[0];
  final Map<String, String> headers = new HashMap<>();
  final Map<String, String[]> parameters = new LinkedHashMap<>();

  int status = 200;
  boolean committed;
  final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
  final StringBuilder body = new StringBuilder();
  ServletRequest passedOn;

  java.util.Locale locale = java.util.Locale.forLanguageTag("nb-NO");

  /** The request, its preferred language {@code locale}. */
  HttpServletRequest requestIn(java.util.Locale preferred) {
    locale = preferred;
    return request();
  }

  HttpServletRequest request() {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getServletPath" -> servletPath;
                  case "getRequestURI" -> "/bio" + servletPath;
                  case "getContextPath" -> "/bio";
                  case "getPathInfo" -> null;
                  case "getDispatcherType" -> dispatcherType;
                  case "getUserPrincipal" -> user;
                  case "isSecure" -> secure;
                  case "getContentLengthLong" -> contentLength;
                  case "getContentLength" -> (int) contentLength;
                  case "getHeader" -> headers.get(((String) args[0]));
                  case "getParameter" -> {
                    String[] values = parameters.get((String) args[0]);
                    yield values == null ? null : values[0];
                  }
                  case "getParameterMap" -> parameters;
                  case "getParameterNames" -> Collections.enumeration(parameters.keySet());
                  case "getParameterValues" -> parameters.get((String) args[0]);
                  case "getQueryString" -> null;
                  case "getInputStream" -> {
                    java.io.InputStream in = new java.io.ByteArrayInputStream(requestBody);
                    yield new jakarta.servlet.ServletInputStream() {
                      @Override
                      public int read() throws java.io.IOException {
                        return in.read();
                      }

                      @Override
                      public boolean isFinished() {
                        return false;
                      }

                      @Override
                      public boolean isReady() {
                        return true;
                      }

                      @Override
                      public void setReadListener(jakarta.servlet.ReadListener listener) {}
                    };
                  }
                  case "getLocale" -> locale;
                  case "getLocales" -> Collections.enumeration(List.of(locale));
                  case "getAttribute" -> null;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> "FakeRequest";
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, m, args) -> {
              switch (m.getName()) {
                case "setHeader" -> {
                  List<String> values = new ArrayList<>();
                  values.add((String) args[1]);
                  responseHeaders.put((String) args[0], values);
                }
                case "addHeader" ->
                    responseHeaders
                        .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                        .add((String) args[1]);
                case "getHeader" -> {
                  List<String> values = responseHeaders.get((String) args[0]);
                  return values == null ? null : values.get(0);
                }
                case "getHeaders" -> {
                  return responseHeaders.getOrDefault((String) args[0], List.of());
                }
                case "setStatus" -> status = (Integer) args[0];
                case "getStatus" -> {
                  return status;
                }
                case "sendError" -> {
                  status = (Integer) args[0];
                  committed = true;
                }
                case "isCommitted" -> {
                  return committed;
                }
                case "setContentType", "setCharacterEncoding" ->
                    responseHeaders.put(m.getName(), List.of(String.valueOf(args[0])));
                case "getWriter" -> {
                  return new java.io.PrintWriter(
                      new java.io.Writer() {
                        @Override
                        public void write(char[] c, int off, int len) {
                          body.append(c, off, len);
                        }

                        @Override
                        public void flush() {}

                        @Override
                        public void close() {}
                      });
                }
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                case "toString" -> {
                  return "FakeResponse";
                }
                default -> throw new UnsupportedOperationException(m.getName());
              }
              return null;
            });
  }

  FilterChain chain() {
    return (request, response) -> passedOn = request;
  }

  String header(String name) {
    List<String> values = responseHeaders.get(name);
    return values == null ? null : values.get(0);
  }
}
