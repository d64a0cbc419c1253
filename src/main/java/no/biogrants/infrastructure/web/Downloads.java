package no.biogrants.infrastructure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a file as a download: its type, "attachment" with the file name (never shown inline), no
 * content sniffing, and its length. The one way every download servlet answers.
 */
public final class Downloads {

  private Downloads() {}

  /** {@code fileName} must be safe in a header (the callers build it from references and ids). */
  public static void send(
      HttpServletResponse response, String contentType, String fileName, byte[] content)
      throws IOException {
    sendWithDisposition(
        response, contentType, "attachment; filename=\"" + fileName + "\"", content);
  }

  /** As {@link #send}, with a Content-Disposition the caller built (e.g. with an encoded name). */
  public static void sendWithDisposition(
      HttpServletResponse response, String contentType, String disposition, byte[] content)
      throws IOException {
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", disposition);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
