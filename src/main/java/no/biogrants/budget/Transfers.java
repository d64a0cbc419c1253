package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * Moving money between lines: a transfer within a county and year is requested by an admin and
 * booked when an approver or another admin of the county approves it; unspent money is carried over
 * to the next year's line of the same allocation by an admin; an entry is corrected by a reversal,
 * with a reason, by an admin.
 */
@Stateless
@RolesAllowed({
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Transfers {

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  public TransferRequest request(
      Actor actor, Long fromLineId, Long toLineId, Money amount, String reason) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("validation.reasons.required");
    }
    if (reason.length() > TransferRequest.REASON_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", TransferRequest.REASON_MAXLENGTH);
    }
    if (amount == null || !amount.isPositive()) {
      throw new InvalidInputException("validation.amount.positive");
    }
    BudgetLine from = line(actor, fromLineId);
    BudgetLine to = line(actor, toLineId);
    if (from.getId().equals(to.getId())) {
      throw new BusinessException("budget.sameLine");
    }
    if (!from.getCountyCode().equals(to.getCountyCode())) {
      throw new BusinessException("budget.otherCounty");
    }
    if (from.getYear() != to.getYear()) {
      throw new BusinessException("budget.transferOtherYear");
    }
    if (amount.isGreaterThan(from.getAvailable())) {
      throw new BusinessException(
          "budget.insufficient", from.getName(), from.getAvailable(), amount);
    }
    TransferRequest request =
        new TransferRequest(
            from.getCountyCode(),
            from.getId(),
            to.getId(),
            amount,
            reason.strip(),
            actor.username(),
            clock.instant());
    em.persist(request);
    em.flush();
    audit.record(
        actor.username(),
        "TRANSFER_REQUESTED",
        "TransferRequest",
        request.getId(),
        NorwegianFormat.money(amount) + " from line " + fromLineId + " to " + toLineId);
    return request;
  }

  /**
   * Books the transfer; the available money is checked again at booking, under the lines' locks.
   */
  public TransferRequest approve(Actor actor, Long requestId) {
    TransferRequest request = decidable(actor, requestId);
    request.decide(TransferRequest.Status.APPROVED, actor.username(), clock.instant());
    ledger.transfer(
        request.getFromLineId(),
        request.getToLineId(),
        request.getAmount(),
        actor.username(),
        "Overføring #" + requestId + ": " + request.getReason());
    audit.record(actor.username(), "TRANSFER_APPROVED", "TransferRequest", requestId, null);
    return request;
  }

  public TransferRequest reject(Actor actor, Long requestId) {
    TransferRequest request = decidable(actor, requestId);
    request.decide(TransferRequest.Status.REJECTED, actor.username(), clock.instant());
    audit.record(actor.username(), "TRANSFER_REJECTED", "TransferRequest", requestId, null);
    return request;
  }

  public List<TransferRequest> pending(Actor actor) {
    String jpql =
        "SELECT t FROM TransferRequest t WHERE t.status = :status"
            + (actor.countyCode() == null ? "" : " AND t.countyCode = :county")
            + " ORDER BY t.id";
    var query =
        em.createQuery(jpql, TransferRequest.class)
            .setParameter("status", TransferRequest.Status.PENDING);
    if (actor.countyCode() != null) {
      query.setParameter("county", actor.countyCode());
    }
    return query.getResultList();
  }

  /**
   * Carries {@code amount} of a line's unspent money over to the same allocation's line of the next
   * year in the county, creating that line when it does not exist.
   */
  public List<LedgerEntry> carryOver(Actor actor, Long fromLineId, Money amount, String note) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    BudgetLine from = line(actor, fromLineId);
    BudgetLine next =
        em.createQuery(
                "SELECT b FROM BudgetLine b WHERE b.allocation.id = :allocation AND b.countyCode = :county AND b.year = :year",
                BudgetLine.class)
            .setParameter("allocation", from.getAllocation().getId())
            .setParameter("county", from.getCountyCode())
            .setParameter("year", from.getYear() + 1)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  BudgetLine created =
                      new BudgetLine(
                          from.getAllocation(),
                          from.getCountyCode(),
                          from.getYear() + 1,
                          from.getName());
                  em.persist(created);
                  em.flush();
                  return created;
                });
    return ledger.carryOver(from.getId(), next.getId(), amount, actor.username(), note);
  }

  /** Corrects an entry by reversing it (admins of the line's county). */
  public LedgerEntry reverse(Actor actor, Long entryId, String reason) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    LedgerEntry entry = em.find(LedgerEntry.class, entryId);
    if (entry == null) {
      throw new BusinessException("budget.entryNotFound", entryId);
    }
    line(actor, entry.getBudgetLineId());
    return ledger.reverse(entryId, actor.username(), reason);
  }

  private TransferRequest decidable(Actor actor, Long requestId) {
    AccessDeniedException.unless(actor.has(Role.APPROVER) || actor.has(Role.ADMIN));
    TransferRequest request =
        em.find(TransferRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    AccessDeniedException.unless(request != null && actor.worksIn(request.getCountyCode()));
    return request;
  }

  private BudgetLine line(Actor actor, Long lineId) {
    BudgetLine line = lineId == null ? null : em.find(BudgetLine.class, lineId);
    AccessDeniedException.unless(line != null && actor.worksIn(line.getCountyCode()));
    return line;
  }
}
