package no.biogrants.infrastructure.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import no.biogrants.infrastructure.web.Messages;

/**
 * No API request body above {@link #MAX_BYTES} (1 MB) is read, let alone parsed (rule INF-W6): a
 * larger {@code Content-Length} is answered 413 with the API's JSON error at once; a body sent
 * without a length (chunked) is read up to one byte past the limit and answered the same when it
 * goes past. The largest request the API takes (an application with its cost plan) is a few kB.
 */
@WebFilter(filterName = "ApiBodyLimitFilter", urlPatterns = "/api/*")
public class ApiBodyLimitFilter extends HttpFilter {

  public static final int MAX_BYTES = 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length > MAX_BYTES) {
      tooLarge(request, response);
      return;
    }
    if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
      byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        tooLarge(request, response);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  static void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String message =
        Messages.text(
            ApiLanguage.of(
                request.getHeader("Accept-Language") == null
                    ? java.util.List.of()
                    : Collections.list(request.getLocales())),
            "api.tooLarge",
            MAX_BYTES / (1024 * 1024));
    response.setStatus(413);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Connection", "close");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", 413)
                .add("message", message)
                .build()
                .toString());
  }

  /** The request with its body already read (it was within the limit). */
  static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public int available() {
          return in.available();
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("not asynchronous");
        }
      };
    }
  }
}
