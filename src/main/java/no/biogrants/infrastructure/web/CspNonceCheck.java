package no.biogrants.infrastructure.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a postback's CSP nonce right after its view is restored, before any value is applied or
 * action run (rule INF-W7). PrimeFaces' CSP mode checks it only while rendering the answer, after
 * the action has run, and then fails with a bare 500; here a post without the nonce of the page it
 * came from is answered 400 with the application's page, and nothing is done. PrimeFaces' script
 * adds the nonce to every Faces form a browser posts.
 */
public class CspNonceCheck implements PhaseListener {

  private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() || context.getResponseComplete() || context.getViewRoot() == null) {
      return;
    }
    try {
      PrimeFacesContext.getCspState(context).getNonce();
    } catch (CspException refused) {
      LOG.warning(
          () ->
              "Refused a postback to "
                  + context.getViewRoot().getViewId()
                  + ": "
                  + refused.getMessage());
      try {
        context.getExternalContext().responseSendError(400, "");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }
}
