package no.biogrants.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.BudgetLine;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * Payment files for the county's finance system. Every paid request (amount above zero) goes into
 * exactly one file: exporting takes all the county's paid, not yet exported payments into a new
 * numbered batch, and a batch can be downloaded again later with the same content.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class PaymentExports {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Decisions decisions;
  @Inject private AuditLog audit;

  /** The county's paid payments not yet in a payment file. */
  public List<PaymentRequest> pending(Actor actor) {
    return em.createNamedQuery("PaymentRequest.unexported", PaymentRequest.class)
        .setParameter("county", countyOf(actor))
        .getResultList();
  }

  public List<PaymentExport> exports(Actor actor) {
    return em.createNamedQuery("PaymentExport.forCounty", PaymentExport.class)
        .setParameter("county", countyOf(actor))
        .getResultList();
  }

  /** Puts every pending payment into a new batch; refused when there is nothing to export. */
  public PaymentExport export(Actor actor) {
    String county = countyOf(actor);
    List<PaymentRequest> payments =
        em.createNamedQuery("PaymentRequest.unexported", PaymentRequest.class)
            .setParameter("county", county)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (payments.isEmpty()) {
      throw new BusinessException("payment.nothingToExport");
    }
    Money total = payments.stream().map(PaymentRequest::getAmount).reduce(Money.ZERO, Money::plus);
    PaymentExport export =
        new PaymentExport(county, actor.username(), clock.instant(), payments.size(), total);
    em.persist(export);
    em.flush();
    payments.forEach(p -> p.exportedIn(export.getId()));
    audit.record(
        actor.username(),
        "PAYMENT_FILE_EXPORTED",
        "PaymentExport",
        export.getId(),
        payments.size() + " payments, total " + NorwegianFormat.money(total));
    return export;
  }

  /** The batch's payment file, the same every time it is downloaded. */
  public byte[] file(Actor actor, Long exportId) {
    PaymentExport export = em.find(PaymentExport.class, exportId);
    AccessDeniedException.unless(export != null && export.getCountyCode().equals(countyOf(actor)));
    List<PaymentFile.Line> lines =
        em.createNamedQuery("PaymentRequest.inExport", PaymentRequest.class)
            .setParameter("export", exportId)
            .getResultStream()
            .map(this::line)
            .toList();
    audit.record(
        actor.username(),
        "PAYMENT_FILE_DOWNLOADED",
        "PaymentExport",
        exportId,
        lines.size() + " payments");
    return PaymentFile.write(lines);
  }

  private PaymentFile.Line line(PaymentRequest request) {
    GrantApplication application = em.find(GrantApplication.class, request.getApplicationId());
    Decision decision = decisions.currentGrant(application.getId()).orElseThrow();
    BudgetLine budgetLine = em.find(BudgetLine.class, decision.getBudgetLineId());
    LocalDate paidOn = LocalDate.ofInstant(paidAt(request), clock.getZone());
    return new PaymentFile.Line(
        paidOn,
        application.getCompany().bankAccount().map(Object::toString).orElse(""),
        request.getAmount(),
        application.getCompanyName(),
        application.getOrgNumber().value(),
        application.getReference(),
        "BIO-tilskudd "
            + application.getReference()
            + (request.getKind() == PaymentKind.FINAL ? " sluttutbetaling" : " delutbetaling"),
        budgetLine.getName(),
        request.getId());
  }

  private static Instant paidAt(PaymentRequest request) {
    return request.getApprovals().getLastApprovedAt();
  }

  private static String countyOf(Actor actor) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    return actor.countyCode();
  }
}
