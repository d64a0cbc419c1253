package no.biogrants.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.FinalReport;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.PaymentRequestStatus;
import no.biogrants.payment.Payments;
import no.biogrants.payment.Reclaims;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * What happens to the demo's accepted grants after acceptance, through the real services, so the
 * spending report and the budget pages show money disbursed, released and reclaimed: in some
 * counties the grant is paid in part, in others in full on the final report (and in Trøndelag then
 * closed), and in Viken a part payment is partly reclaimed. Counties not named keep the grant
 * accepted and unpaid. County 34 (the journeys' county) is never touched here.
 */
@Stateless
@RolesAllowed(Role.SYSTEM_ROLE)
public class DemoPayments {

  /** What the demo does with a county's accepted grant. */
  enum Outcome {
    ACCEPTED,
    PART_PAID,
    PAID_IN_FULL,
    CLOSED,
    RECLAIMED
  }

  @PersistenceContext private EntityManager em;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;

  static Outcome outcomeFor(String countyCode) {
    return switch (countyCode) {
      case "11", "18", "38" -> Outcome.PART_PAID;
      case "03", "42" -> Outcome.PAID_IN_FULL;
      case "50" -> Outcome.CLOSED;
      case "30" -> Outcome.RECLAIMED;
      default -> Outcome.ACCEPTED;
    };
  }

  /** Takes the accepted grant as far as its county's {@link Outcome}. */
  public void pay(GrantApplication application, Actor applicant, Actor caseworker, Actor approver) {
    Outcome outcome = outcomeFor(application.getCountyCode());
    Long id = application.getId();
    switch (outcome) {
      case ACCEPTED -> {}
      case PART_PAID, RECLAIMED -> {
        approve(
            request(applicant, id, PaymentKind.PART, application, "50", null),
            caseworker,
            approver);
        if (outcome == Outcome.RECLAIMED) {
          reclaims.reclaim(
              approver,
              id,
              Money.ofKroner(20_000),
              "Ett av kursene ble ikke gjennomført; den delen av tilskuddet betales tilbake.");
        }
      }
      case PAID_IN_FULL, CLOSED -> {
        FinalReport report =
            new FinalReport(
                12,
                480,
                "Opplæringen er gjennomført som planlagt; deltakerne bruker de nye verktøyene.",
                true,
                "Revisor Berg, statsautorisert revisor");
        approve(
            request(applicant, id, PaymentKind.FINAL, application, "100", report),
            caseworker,
            approver);
        if (outcome == Outcome.CLOSED) {
          reclaims.close(approver, id, "Sluttutbetalingen er gjort; saken er avsluttet.");
        }
      }
    }
  }

  private PaymentRequest request(
      Actor applicant,
      Long id,
      PaymentKind kind,
      GrantApplication application,
      String percentOfPlan,
      FinalReport report) {
    return payments.request(
        applicant,
        id,
        kind,
        ActualCosts.shareOf(application.costPlan(), Rate.percent(percentOfPlan)),
        report);
  }

  /**
   * The caseworker approves; above the four-eyes limit the county's approver gives the second
   * approval.
   */
  private void approve(PaymentRequest request, Actor caseworker, Actor approver) {
    PaymentRequest approved = payments.approve(caseworker, request.getId(), request.getVersion());
    if (approved.getStatus() == PaymentRequestStatus.FIRST_APPROVED) {
      // The demo loads in one transaction: write the first approval before the second approval
      // re-reads the request (as two people's requests would find it committed).
      em.flush();
      payments.approve(approver, approved.getId(), approved.getVersion());
    }
  }
}
