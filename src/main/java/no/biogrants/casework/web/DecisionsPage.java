package no.biogrants.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.biogrants.grantapplication.ApplicationStatus;
import org.omnifaces.cdi.Param;

/**
 * The approver's decisions ({@code casework/decisions.xhtml}): the county's queue in the {@link
 * QueueTable}, opened on the cases awaiting decision unless {@code ?status=} says otherwise.
 */
@Named
@RequestScoped
public class DecisionsPage {

  @Inject private QueueTable table;

  /** {@code ?status=…}; null when the URL gives none. */
  @Inject @Param private ApplicationStatus status;

  /**
   * Opens the queue (not on postbacks) on the cases awaiting decision, or on the status the URL
   * gives; an unknown status leaves the queue as it is, as a failed view parameter did.
   */
  public void open() {
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    if (status != null) {
      table.setStatus(status);
    }
    table.showAwaitingDecision();
  }
}
