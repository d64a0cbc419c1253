package no.biogrants.infrastructure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file on its way to the user: its type, its Content-Disposition (always "attachment", never
 * shown inline), its content, and any headers of its own (a checksum, no caching).
 *
 * @param headers extra response headers, in the order given
 */
public record Download(
    String contentType, String disposition, byte[] content, Map<String, String> headers) {

  /** {@code fileName} must be safe in a header (the callers build it from references and ids). */
  public static Download attachment(String contentType, String fileName, byte[] content) {
    return new Download(
        contentType, "attachment; filename=\"" + fileName + "\"", content, Map.of());
  }

  /** As {@link #attachment}, with a Content-Disposition the caller built (an encoded name). */
  public static Download withDisposition(String contentType, String disposition, byte[] content) {
    return new Download(contentType, disposition, content, Map.of());
  }

  public Download withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Download(contentType, disposition, content, more);
  }

  public void sendTo(HttpServletResponse response) throws IOException {
    headers.forEach(response::setHeader);
    Downloads.sendWithDisposition(response, contentType, disposition, content);
  }
}
