package no.biogrants.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerEntryType;
import no.biogrants.budget.Measure;
import no.biogrants.budget.Measures;
import no.biogrants.budget.OwnerRow;
import no.biogrants.budget.TransferRequest;
import no.biogrants.budget.Transfers;
import no.biogrants.county.Counties;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.PagedModel;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.shared.Money;
import org.omnifaces.cdi.Param;
import org.primefaces.model.LazyDataModel;

/**
 * A budget line's page: its balances, its ledger (paged in the database, filtered by type), the
 * grants and measures with money on it, and the admin's moves: transfer request, carry-over,
 * measure, reversal; approvers decide pending transfers.
 */
@Named
@ViewScoped
public class LinePage implements Serializable {

  @Inject private Budgets budgets;
  @Inject private Transfers transfers;
  @Inject private Measures measures;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;

  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private BudgetLine line;
  private LedgerEntryType typeFilter;
  private LazyDataModel<LedgerEntry> ledger;
  private List<OwnerRow> owners;
  private List<BudgetLine> sameCountyLines;
  private List<Measure> lineMeasures;
  private List<TransferRequest> pendingTransfers;

  private final TransferInput transfer = new TransferInput();
  private BigDecimal carryAmount;
  private final MeasureInput measure = new MeasureInput();
  private Long reverseEntryId;
  private String reverseReason;

  public void load() throws IOException {
    id = Pages.idOf(idParameter);
    Actor actor = activeUser.actor();
    line = id == null ? null : budgets.line(id);
    if (line == null || !actor.worksIn(line.getCountyCode())) {
      Pages.notFound();
      return;
    }
    refresh();
  }

  private void refresh() {
    line = budgets.line(id);
    owners = budgets.owners(id);
    sameCountyLines =
        budgets.linesFor(line.getCountyCode(), line.getYear()).stream()
            .filter(l -> !l.getId().equals(id))
            .toList();
    lineMeasures = measures.ofLine(id);
    pendingTransfers =
        transfers.pending(activeUser.actor()).stream()
            .filter(t -> t.getFromLineId().equals(id) || t.getToLineId().equals(id))
            .toList();
    ledger =
        new PagedModel<>(
            () -> budgets.ledgerCount(id, typeFilter),
            (first, pageSize, field, ascending) ->
                budgets.ledgerPage(id, typeFilter, first, pageSize),
            LedgerEntry::getId);
  }

  public void requestTransfer() {
    if (FacesActions.attempt(
            null,
            () ->
                transfers.request(
                    activeUser.actor(),
                    id,
                    transfer.getTo(),
                    money(transfer.getAmount()),
                    transfer.getReason()))
        != null) {
      Messages.info("line.transferRequested");
      transfer.clear();
      refresh();
    }
  }

  public void approve(Long requestId) {
    if (FacesActions.attempt(null, () -> transfers.approve(activeUser.actor(), requestId))
        != null) {
      Messages.info("line.transferApproved");
      refresh();
    }
  }

  public void reject(Long requestId) {
    if (FacesActions.attempt(null, () -> transfers.reject(activeUser.actor(), requestId)) != null) {
      Messages.info("line.transferRejected");
      refresh();
    }
  }

  public void carryOver() {
    if (FacesActions.attempt(
            null,
            () ->
                transfers.carryOver(
                    activeUser.actor(),
                    id,
                    money(carryAmount),
                    Messages.text("line.carryOverNote", line.getYear())))
        != null) {
      Messages.info("line.carriedOver", money(carryAmount));
      carryAmount = null;
      refresh();
    }
  }

  public void createMeasure() {
    if (FacesActions.attempt(
            null,
            () ->
                measures.create(
                    activeUser.actor(), id, measure.getPurpose(), measure.getName(), null))
        != null) {
      Messages.info("line.measureCreated", measure.getName());
      measure.setName(null);
      refresh();
    }
  }

  public void commitToMeasure() {
    if (FacesActions.attempt(
            null,
            () -> measures.commit(activeUser.actor(), measure.getId(), money(measure.getAmount())))
        != null) {
      Messages.info("line.measureCommitted", money(measure.getAmount()));
      measure.setAmount(null);
      refresh();
    }
  }

  public void disburseToMeasure() {
    if (FacesActions.attempt(
            null,
            () ->
                measures.disburse(
                    activeUser.actor(), measure.getId(), money(measure.getAmount()), null))
        != null) {
      Messages.info("line.measureDisbursed", money(measure.getAmount()));
      measure.setAmount(null);
      refresh();
    }
  }

  public void reverse() {
    if (FacesActions.attempt(
            null, () -> transfers.reverse(activeUser.actor(), reverseEntryId, reverseReason))
        != null) {
      Messages.info("line.reversed", reverseEntryId);
      reverseEntryId = null;
      reverseReason = null;
      refresh();
    }
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }

  public String getCountyName() {
    return counties.byCode(line.getCountyCode()).getName();
  }

  public boolean isAdmin() {
    return activeUser.hasRole(Role.ADMIN);
  }

  public boolean isCanDecideTransfers() {
    return activeUser.hasRole(Role.APPROVER) || activeUser.hasRole(Role.ADMIN);
  }

  public boolean isFlexible() {
    return line.getAllocation().isFlexible();
  }

  public LedgerEntryType[] getTypes() {
    return LedgerEntryType.values();
  }

  public List<FundPurpose> getMeasurePurposes() {
    return line.getAllocation().getPurposes().stream()
        .filter(p -> p != FundPurpose.BIO)
        .sorted()
        .toList();
  }

  public String lineName(Long lineId) {
    return sameCountyLines.stream()
        .filter(l -> l.getId().equals(lineId))
        .map(BudgetLine::getName)
        .findFirst()
        .orElse(line.getName());
  }

  public TransferInput getTransfer() {
    return transfer;
  }

  public MeasureInput getMeasure() {
    return measure;
  }

  public BudgetLine getLine() {
    return line;
  }

  public LazyDataModel<LedgerEntry> getLedger() {
    return ledger;
  }

  public List<OwnerRow> getOwners() {
    return owners;
  }

  public List<BudgetLine> getSameCountyLines() {
    return sameCountyLines;
  }

  public List<Measure> getLineMeasures() {
    return lineMeasures;
  }

  public List<TransferRequest> getPendingTransfers() {
    return pendingTransfers;
  }

  public LedgerEntryType getTypeFilter() {
    return typeFilter;
  }

  public void setTypeFilter(LedgerEntryType typeFilter) {
    this.typeFilter = typeFilter;
  }

  public BigDecimal getCarryAmount() {
    return carryAmount;
  }

  public void setCarryAmount(BigDecimal carryAmount) {
    this.carryAmount = carryAmount;
  }

  public Long getReverseEntryId() {
    return reverseEntryId;
  }

  public void setReverseEntryId(Long reverseEntryId) {
    this.reverseEntryId = reverseEntryId;
  }

  public String getReverseReason() {
    return reverseReason;
  }

  public void setReverseReason(String reverseReason) {
    this.reverseReason = reverseReason;
  }
}
