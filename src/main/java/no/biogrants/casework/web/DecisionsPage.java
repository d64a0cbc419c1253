package no.biogrants.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.biogrants.grantapplication.ApplicationStatus;

/**
 * The approver's decisions ({@code casework/decisions.xhtml}): the county's queue in the {@link
 * QueueTable}, opened on the cases awaiting decision unless {@code ?status=} says otherwise.
 */
@Named
@RequestScoped
public class DecisionsPage {

  @Inject private QueueTable table;

  /** Opens the queue on the cases awaiting decision. */
  public void open() {
    table.showAwaitingDecision();
  }

  public ApplicationStatus getStatus() {
    return table.getStatus();
  }

  public void setStatus(ApplicationStatus status) {
    table.setStatus(status);
  }
}
