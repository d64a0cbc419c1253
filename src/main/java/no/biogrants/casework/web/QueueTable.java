package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import no.biogrants.casework.Assignments;
import no.biogrants.casework.CaseQueue;
import no.biogrants.casework.InfoRequests;
import no.biogrants.casework.QueueFilter;
import no.biogrants.casework.QueueQuery;
import no.biogrants.casework.QueueRow;
import no.biogrants.casework.SavedFilter;
import no.biogrants.casework.SavedFilters;
import no.biogrants.casework.StatusCounters;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.InfoRequest;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.PagedModel;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Schemes;
import org.primefaces.model.LazyDataModel;

/**
 * The county's queue as a PrimeFaces lazy table: the database pages, sorts and filters. Not a
 * page's bean: the table ({@code WEB-INF/templates/queue-table.xhtml}) is on two pages, whose beans
 * ({@link QueuePage}, {@link DecisionsPage}) preselect a status from their {@code status} view
 * parameter (the approver's page shows RECOMMENDED).
 */
@Named
@ViewScoped
public class QueueTable implements Serializable {

  @Inject private CaseQueue queue;
  @Inject private StatusCounters statusCounters;
  @Inject private ActiveUser activeUser;
  @Inject private InfoRequests infoRequests;

  @Inject private SavedFilters savedFilters;
  @Inject private Schemes schemes;
  @Inject private Assignments assignments;

  private Actor actor;
  private final QueueFilterInput fields = new QueueFilterInput();
  private QueueFilter filter = QueueFilter.NONE;
  private String filterName;
  private Long savedFilterId;
  private List<SavedFilter> saved = List.of();
  private List<FundingRound> rounds = List.of();
  private List<AppUser> colleagues = List.of();
  private List<Map.Entry<ApplicationStatus, Long>> counts;
  private List<InfoRequest> overdue;
  private LazyDataModel<QueueRow> model;

  @PostConstruct
  void init() {
    actor = activeUser.actor();
    model =
        new PagedModel<>(
            () -> queue.count(actor, query(null, false, 0, 1)),
            (first, pageSize, field, ascending) ->
                queue.page(actor, query(field, ascending, first, pageSize)),
            QueueRow::id);
    // Up to StatusCounters.MAX_AGE old; the table below is read live. Serializable entries (view
    // state).
    counts =
        statusCounters.of(actor).entrySet().stream()
            .<Map.Entry<ApplicationStatus, Long>>map(
                e -> new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()))
            .toList();
    overdue = infoRequests.overdue(actor);
    saved = savedFilters.mine(actor);
    rounds = schemes.roundsOf(actor.countyCode());
    colleagues = assignments.colleagues(actor);
  }

  /**
   * Takes the filter as the fields now say; a broken rule (e.g. from-date after to-date) shows next
   * to the filters and the queue keeps the last valid filter.
   */
  public void applyFilters() {
    QueueFilter built =
        FacesActions.attempt("queueForm:filters", () -> fields.toFilter(actor.username()));
    if (built != null) {
      filter = built;
    }
  }

  public void saveFilter() {
    applyFilters();
    if (FacesActions.attempt(
            "queueForm:filterName", () -> savedFilters.save(actor, filterName, filter))
        != null) {
      Messages.info("queue.filterSaved", filterName.strip());
      saved = savedFilters.mine(actor);
    }
  }

  /** Puts a saved filter's values into the fields. */
  public void applySaved() {
    saved.stream()
        .filter(f -> f.getId().equals(savedFilterId))
        .findFirst()
        .ifPresent(
            f -> {
              fields.fill(f.filter(), actor.username());
              filterName = f.getName();
              filter = f.filter();
            });
  }

  public void deleteSaved() {
    if (savedFilterId != null
        && FacesActions.attempt(null, () -> savedFilters.delete(actor, savedFilterId))) {
      savedFilterId = null;
      saved = savedFilters.mine(actor);
    }
  }

  public void clearFilters() {
    fields.clear();
    savedFilterId = null;
    filter = QueueFilter.NONE;
  }

  /**
   * The statuses that have cases, with their counts, for the counters above the queue (counted at
   * most every {@link no.biogrants.casework.StatusCounters#MAX_AGE} per county).
   */
  public List<Map.Entry<ApplicationStatus, Long>> getCounts() {
    return counts;
  }

  /** Questions to applicants past their deadline: the reminders. */
  public List<InfoRequest> getOverdue() {
    return overdue;
  }

  public void showStatus(ApplicationStatus chosen) {
    fields.setStatus(chosen);
    filter = filter.withStatus(chosen);
  }

  /** The approver's page opens on the cases awaiting decision. */
  public void showAwaitingDecision() {
    if (fields.getStatus() == null) {
      fields.setStatus(ApplicationStatus.RECOMMENDED);
    }
    filter = filter.withStatus(fields.getStatus());
  }

  private QueueQuery query(String field, boolean ascending, int first, int pageSize) {
    return new QueueQuery(filter, field, ascending, first, pageSize);
  }

  /** The filter fields ({@code queueForm:filters}). */
  public QueueFilterInput getFields() {
    return fields;
  }

  public LazyDataModel<QueueRow> getModel() {
    return model;
  }

  /** The status filter, also the {@code status} view parameter of the two pages. */
  public ApplicationStatus getStatus() {
    return fields.getStatus();
  }

  public void setStatus(ApplicationStatus status) {
    fields.setStatus(status);
  }

  public List<SavedFilter> getSaved() {
    return saved;
  }

  public List<FundingRound> getRounds() {
    return rounds;
  }

  public List<AppUser> getColleagues() {
    return colleagues;
  }

  public String getFilterName() {
    return filterName;
  }

  public void setFilterName(String filterName) {
    this.filterName = filterName;
  }

  public Long getSavedFilterId() {
    return savedFilterId;
  }

  public void setSavedFilterId(Long savedFilterId) {
    this.savedFilterId = savedFilterId;
  }
}
