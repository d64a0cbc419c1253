package no.biogrants.infrastructure.web;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.shared.AccessDeniedException;

/**
 * A GET download of one stored file named by the path after the servlet's mapping ("/123.pdf"): the
 * letters, the attachments and the receipts. A path that does not match, a file that does not exist
 * and a file the user may not read all get the same 404, so nobody learns which files exist.
 * Subclasses say only which path they take and how they find the file.
 */
public abstract class ProtectedDownload extends HttpServlet {

  private final Pattern path;

  protected ProtectedDownload(String pathPattern) {
    this.path = Pattern.compile(pathPattern);
  }

  /**
   * The file the matched path names, or empty when there is none. May throw {@link
   * AccessDeniedException} (also wrapped in an {@link EJBException}) when the user may not read it.
   */
  protected abstract Optional<Download> find(Matcher path);

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher matched = path.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Download> file = matched.matches() ? readable(matched) : Optional.empty();
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    file.get().sendTo(response);
  }

  private Optional<Download> readable(Matcher matched) {
    try {
      return find(matched);
    } catch (AccessDeniedException e) {
      return Optional.empty();
    } catch (EJBException e) {
      if (e.getCause() instanceof AccessDeniedException) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
