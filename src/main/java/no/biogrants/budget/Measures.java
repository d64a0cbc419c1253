package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * Non-BIO measures funded from flexible lines: created by an admin of the county, with commitments
 * and payments booked on the line like grants.
 */
@Stateless
@RolesAllowed({
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Measures {

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private Clock clock;

  public Measure create(
      Actor actor, Long lineId, FundPurpose purpose, String name, String description) {
    BudgetLine line = ownLine(actor, lineId);
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("validation.measure.nameRequired");
    }
    if (name.strip().length() > Measure.NAME_MAXLENGTH
        || (description != null && description.length() > 2000)) {
      throw new InvalidInputException("validation.tooLong", Measure.NAME_MAXLENGTH);
    }
    if (purpose == null || purpose == FundPurpose.BIO) {
      throw new InvalidInputException("validation.measure.purpose");
    }
    if (!line.funds(purpose)) {
      throw new BusinessException("budget.lineDoesNotFund", line.getName(), purpose);
    }
    Measure measure =
        new Measure(line, purpose, name.strip(), description, actor.username(), clock.instant());
    em.persist(measure);
    em.flush();
    return measure;
  }

  public LedgerEntry commit(Actor actor, Long measureId, Money amount) {
    Measure measure = own(actor, measureId);
    return ledger.commit(
        measure.getBudgetLineId(), amount, LedgerRef.measure(measureId), actor.username());
  }

  public LedgerEntry disburse(Actor actor, Long measureId, Money amount, String note) {
    Measure measure = own(actor, measureId);
    return ledger.disburse(
        measure.getBudgetLineId(), amount, LedgerRef.measure(measureId), actor.username(), note);
  }

  public List<Measure> ofLine(Long lineId) {
    return em.createQuery(
            "SELECT m FROM Measure m WHERE m.budgetLineId = :line ORDER BY m.id", Measure.class)
        .setParameter("line", lineId)
        .getResultList();
  }

  private Measure own(Actor actor, Long measureId) {
    Measure measure = em.find(Measure.class, measureId);
    AccessDeniedException.unless(
        measure != null && actor.has(Role.ADMIN) && actor.worksIn(measure.getCountyCode()));
    return measure;
  }

  private BudgetLine ownLine(Actor actor, Long lineId) {
    BudgetLine line = em.find(BudgetLine.class, lineId);
    AccessDeniedException.unless(
        line != null && actor.has(Role.ADMIN) && actor.worksIn(line.getCountyCode()));
    return line;
  }
}
