package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import no.biogrants.shared.Money;
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
  private QueueFilter filter = QueueFilter.NONE;
  private ApplicationStatus status;
  private String text;
  private boolean mineOnly;
  private Long roundId;
  private String assignee;
  private BigDecimal minScore;
  private BigDecimal minAmount;
  private BigDecimal maxAmount;
  private String industry;
  private LocalDate submittedFrom;
  private LocalDate submittedTo;
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
        FacesActions.attempt(
            "queueForm:filters",
            () ->
                new QueueFilter(
                    text,
                    status,
                    roundId,
                    mineOnly ? actor.username() : assignee,
                    minScore,
                    minAmount == null ? null : Money.of(minAmount),
                    maxAmount == null ? null : Money.of(maxAmount),
                    industry,
                    submittedFrom,
                    submittedTo));
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
              QueueFilter q = f.filter();
              text = q.text();
              status = q.status();
              roundId = q.roundId();
              mineOnly = actor.username().equals(q.assignee());
              assignee = mineOnly ? null : q.assignee();
              minScore = q.minScore();
              minAmount = q.minAmount() == null ? null : q.minAmount().amount();
              maxAmount = q.maxAmount() == null ? null : q.maxAmount().amount();
              industry = q.industry();
              submittedFrom = q.submittedFrom();
              submittedTo = q.submittedTo();
              filterName = f.getName();
              filter = q;
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
    text = null;
    status = null;
    roundId = null;
    assignee = null;
    mineOnly = false;
    minScore = null;
    minAmount = null;
    maxAmount = null;
    industry = null;
    submittedFrom = null;
    submittedTo = null;
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
    status = chosen;
    filter = filter.withStatus(chosen);
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
    filter = filter.withStatus(status);
  }

  private QueueQuery query(String field, boolean ascending, int first, int pageSize) {
    return new QueueQuery(filter, field, ascending, first, pageSize);
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

  public List<SavedFilter> getSaved() {
    return saved;
  }

  public List<FundingRound> getRounds() {
    return rounds;
  }

  public List<AppUser> getColleagues() {
    return colleagues;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public BigDecimal getMinScore() {
    return minScore;
  }

  public void setMinScore(BigDecimal minScore) {
    this.minScore = minScore;
  }

  public BigDecimal getMinAmount() {
    return minAmount;
  }

  public void setMinAmount(BigDecimal minAmount) {
    this.minAmount = minAmount;
  }

  public BigDecimal getMaxAmount() {
    return maxAmount;
  }

  public void setMaxAmount(BigDecimal maxAmount) {
    this.maxAmount = maxAmount;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public LocalDate getSubmittedFrom() {
    return submittedFrom;
  }

  public void setSubmittedFrom(LocalDate submittedFrom) {
    this.submittedFrom = submittedFrom;
  }

  public LocalDate getSubmittedTo() {
    return submittedTo;
  }

  public void setSubmittedTo(LocalDate submittedTo) {
    this.submittedTo = submittedTo;
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

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
