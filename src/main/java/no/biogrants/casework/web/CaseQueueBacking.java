package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.biogrants.casework.CaseQueue;
import no.biogrants.casework.QueueQuery;
import no.biogrants.casework.QueueRow;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.PagedModel;
import org.primefaces.model.LazyDataModel;

/**
 * The county's queue as a PrimeFaces lazy table: the database pages, sorts and filters. The
 * {@code statusFilter} view parameter preselects a status (the approver's page shows RECOMMENDED).
 */
@Named
@ViewScoped
public class CaseQueueBacking implements Serializable {

  @Inject private CaseQueue queue;
  @Inject private ActiveUser activeUser;
  @Inject private no.biogrants.casework.InfoRequests infoRequests;

  private Actor actor;
  private ApplicationStatus status;
  private String text;
  private boolean mineOnly;
  private java.util.Map<ApplicationStatus, Long> counts;
  private java.util.List<no.biogrants.casework.InfoRequest> overdue;
  private LazyDataModel<QueueRow> model;

  @PostConstruct
  void init() {
    actor = activeUser.actor();
    model =
        new PagedModel<>(
            () -> queue.count(actor, query(null, false, 0, 1)),
            (first, pageSize, field, ascending) -> queue.page(actor, query(field, ascending, first, pageSize)),
            QueueRow::id);
    counts = queue.countsByStatus(actor);
    overdue = infoRequests.overdue(actor);
  }

  /** The statuses that have cases, with their counts, for the counters above the queue. */
  public java.util.List<java.util.Map.Entry<ApplicationStatus, Long>> getCounts() {
    return java.util.List.copyOf(counts.entrySet());
  }

  /** Questions to applicants past their deadline: the reminders. */
  public java.util.List<no.biogrants.casework.InfoRequest> getOverdue() {
    return overdue;
  }

  public void showStatus(ApplicationStatus chosen) {
    status = chosen;
  }

  public boolean isMineOnly() {
    return mineOnly;
  }

  public void setMineOnly(boolean mineOnly) {
    this.mineOnly = mineOnly;
  }

  /** The approver's page opens on the cases awaiting decision. */
  public void showAwaitingDecision() {
    if (status == null) {
      status = ApplicationStatus.RECOMMENDED;
    }
  }

  private QueueQuery query(String field, boolean ascending, int first, int pageSize) {
    return new QueueQuery(text, status, mineOnly ? actor.username() : null, field, ascending, first, pageSize);
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public LazyDataModel<QueueRow> getModel() {
    return model;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
