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
