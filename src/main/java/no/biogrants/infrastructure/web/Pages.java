package no.biogrants.infrastructure.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What page beans do to the response: send the browser to a page of this application (after a
 * successful action: post-redirect-get, so a reload never repeats it), or answer "not found" for a
 * case the user may not see (the same answer as for one that does not exist).
 */
public final class Pages {

  private Pages() {}

  /**
   * Redirects to {@code path} (e.g. "/casework/case.xhtml?id=7") under the application's context.
   */
  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A page's {@code ?id=} as a number, or null when it is missing or not a positive whole number
   * (rule INF-W7). Pages take the id as text and parse it here: OmniFaces' conversion of a
   * non-number to {@code Long} marks the request's validation as failed, and Faces then skips the
   * view action that answers 404, so {@code id=abc} gave a 500 or an empty page.
   */
  public static Long idOf(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,18}")) {
      return null;
    }
    long id = Long.parseLong(text.strip());
    return id > 0 ? id : null;
  }

  /** Answers 404 and ends the request. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
