package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Map;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.casework.Acceptances;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reclaim on Payara Micro against MariaDB returns money to the line and ends the grant (see
 * {@link PaymentsIT} for the payments before it).
 */
@ExtendWith(ArquillianExtension.class)
class ReclaimsIT {

  private static final String COUNTY = "34";
  private static final String ACCOUNT = "1234.56.78903";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private Ledger ledger;
  @Inject private Applications applications;

  @Test
  void reclaimReturnsMoneyToTheLineAndEndsTheGrant() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id =
        fixtures.grantedApplication(fixtures.roundOn(lineId, COUNTY, 2020), Money.ofKroner(80_000));
    Actor company = fixtures.actor("soker");
    acceptances.accept(company, id, ACCOUNT);
    PaymentRequest part =
        payments.request(
            company,
            id,
            PaymentKind.PART,
            ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(320_000)),
            null);
    Actor leder = fixtures.actor("leder");
    payments.approve(leder, part.getId(), part.getVersion());
    assertThat(balance(lineId, id).disbursed()).isEqualTo(Money.ofKroner(60_000));

    assertThatThrownBy(() -> reclaims.reclaim(leder, id, Money.ofKroner(60_001), "Vilkår brutt."))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("reclaim.aboveDisbursed");
    assertThatThrownBy(
            () ->
                reclaims.reclaim(
                    fixtures.actor("saksbehandler"), id, Money.ofKroner(10_000), "Vilkår brutt."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> reclaims.close(leder, id, null))
        .isInstanceOf(IllegalTransitionException.class);

    reclaims.reclaim(leder, id, Money.ofKroner(60_000), "Opplæringen ble ikke gjennomført.");

    assertThat(balance(lineId, id)).isEqualTo(new OwnerBalance(Money.ZERO, Money.ZERO));
    assertThat(ledger.lockLine(lineId).getAvailable()).isEqualTo(Money.ofKroner(500_000));
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.RECLAIMED);
    assertThat(reclaims.reclaimsOf(id))
        .singleElement()
        .satisfies(r -> assertThat(r.getReason()).isEqualTo("Opplæringen ble ikke gjennomført."));
    reclaims.close(leder, id, null);
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
  }

  private OwnerBalance balance(Long lineId, Long applicationId) {
    return ledger.balanceOf(lineId, LedgerRef.grant(applicationId));
  }

  /** Actual costs of trainers (a) and participants' wages (f). */
  private static ActualCosts costs(long trainers, long wages) {
    return new ActualCosts(
        Map.of(
            CostCategory.TRAINERS,
            Money.ofKroner(trainers),
            CostCategory.PARTICIPANT_WAGES,
            Money.ofKroner(wages)));
  }
}
