package no.biogrants.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.casework.appeal.Appeals;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Users;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.Payments;
import no.biogrants.payment.Reclaims;
import no.biogrants.shared.Money;

/**
 * The stages of {@link CaseFixtures} after the recommendation, one step each, for a case at the
 * stage before it: decided (granted or rejected, and backdated), accepted, paid, reclaimed,
 * appealed, forwarded. Tests reach them through {@link CaseFixtures#make} or call a step directly.
 * Each step is its own transaction, as it would be for the users.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DecidedCases {

  @Inject private Users users;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private Appeals appeals;
  @PersistenceContext private EntityManager em;

  /** {@code leder} grants the recommended case, with these reasons. */
  public Long grant(Long id, String reasons) {
    decisions.grant(actor("leder"), id, reasons);
    return id;
  }

  /** {@code leder} rejects the recommended case, with these reasons. */
  public Long reject(Long id, String reasons) {
    decisions.reject(actor("leder"), id, reasons);
    return id;
  }

  /** The company accepts the granted case, with its bank account. */
  public Long accept(Long id) {
    acceptances.accept(actor("soker"), id, "1234.56.78903");
    return id;
  }

  /**
   * The company asks for a part payment of the accepted case: actual costs of 200 000 of the 400
   * 000 planned, half of the 100 000 grant, 50 000, below the four-eyes limit.
   */
  public PaymentRequest requestPart(Long id) {
    return payments.request(
        actor("soker"),
        id,
        PaymentKind.PART,
        ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(200_000)),
        null);
  }

  /** The part payment of the accepted case requested ({@link #requestPart}) and approved. */
  public Long partPaid(Long id) {
    PaymentRequest request = requestPart(id);
    payments.approve(actor("saksbehandler"), request.getId(), request.getVersion());
    return id;
  }

  /** {@code leder} reclaims 10 000 of the paid case. */
  public Long reclaim(Long id) {
    reclaims.reclaim(
        actor("leder"), id, Money.ofKroner(10_000), "Deler av opplæringen ble ikke gjennomført.");
    return id;
  }

  /** The company appeals the decided case. */
  public Long appeal(Long id, String reasons) {
    appeals.appeal(actor("soker"), id, reasons);
    return id;
  }

  /** The caseworker forwards the appealed case to the appeal body. */
  public Long forward(Long id) {
    appeals.forward(
        actor("saksbehandler"),
        id,
        LocalDate.now(ZoneId.of("Europe/Oslo")),
        "Fylkeskommunen fastholder vedtaket.");
    return id;
  }

  /**
   * Moves the application's decisions {@code days} days back, as if they had been made then
   * (MariaDB SQL).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void backdateDecisions(Long applicationId, int days) {
    em.createNativeQuery(
            "UPDATE decision SET decided_at = DATE_SUB(decided_at, INTERVAL "
                + days
                + " DAY) WHERE application_id = ?")
        .setParameter(1, applicationId)
        .executeUpdate();
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }
}
