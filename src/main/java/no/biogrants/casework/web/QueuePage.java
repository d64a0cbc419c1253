package no.biogrants.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.biogrants.grantapplication.ApplicationStatus;

/**
 * The caseworker's queue ({@code casework/queue.xhtml}): the county's cases in the {@link
 * QueueTable}, filtered on {@code ?status=} when the URL gives one (a bookmark, the benchmark's
 * URL).
 */
@Named
@RequestScoped
public class QueuePage {

  @Inject private QueueTable table;

  /** Opens the queue with the filters as the view parameters left them. */
  public void open() {
    table.applyFilters();
  }

  public ApplicationStatus getStatus() {
    return table.getStatus();
  }

  public void setStatus(ApplicationStatus status) {
    table.setStatus(status);
  }
}
