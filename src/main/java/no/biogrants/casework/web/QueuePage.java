package no.biogrants.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.biogrants.grantapplication.ApplicationStatus;
import org.omnifaces.cdi.Param;

/**
 * The caseworker's queue ({@code casework/queue.xhtml}): the county's cases in the {@link
 * QueueTable}, filtered on {@code ?status=} when the URL gives one (a bookmark, the benchmark's
 * URL).
 */
@Named
@RequestScoped
public class QueuePage {

  @Inject private QueueTable table;

  /** {@code ?status=IN_REVIEW}; null when the URL gives none. */
  @Inject @Param private ApplicationStatus status;

  /**
   * Opens the queue (not on postbacks) with the status the URL gives; an unknown status leaves the
   * queue as it is, as a failed view parameter did.
   */
  public void open() {
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    if (status != null) {
      table.setStatus(status);
    }
    table.applyFilters();
  }
}
