package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.biogrants.casework.CaseQueue;
import no.biogrants.casework.QueueQuery;
import no.biogrants.casework.QueueRow;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The county's queue as a PrimeFaces lazy table: the database pages, sorts and filters. The
 * {@code statusFilter} view parameter preselects a status (the approver's page shows RECOMMENDED).
 */
@Named
@ViewScoped
public class CaseQueueBacking implements Serializable {

  @Inject private CaseQueue queue;
  @Inject private ActiveUser activeUser;

  private Actor actor;
  private ApplicationStatus status;
  private String text;
  private boolean mineOnly;
  private java.util.Map<ApplicationStatus, Long> counts;
  private LazyDataModel<QueueRow> model;

  @PostConstruct
  void init() {
    actor = activeUser.actor();
    model = new QueueModel();
    counts = queue.countsByStatus(actor);
  }

  /** The statuses that have cases, with their counts, for the counters above the queue. */
  public java.util.List<java.util.Map.Entry<ApplicationStatus, Long>> getCounts() {
    return java.util.List.copyOf(counts.entrySet());
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

  private class QueueModel extends LazyDataModel<QueueRow> {

    private QueueQuery query(Map<String, SortMeta> sortBy, int first, int pageSize) {
      String field = null;
      boolean ascending = false;
      if (sortBy != null && !sortBy.isEmpty()) {
        SortMeta sort = sortBy.values().iterator().next();
        field = sort.getField();
        ascending = sort.getOrder() == SortOrder.ASCENDING;
      }
      return new QueueQuery(text, status, mineOnly ? actor.username() : null, field, ascending, first, pageSize);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return queue.count(actor, query(null, 0, 1));
    }

    @Override
    public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return queue.page(actor, query(sortBy, first, pageSize));
    }

    @Override
    public String getRowKey(QueueRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public QueueRow getRowData(String rowKey) {
      return null;
    }
  }
}
