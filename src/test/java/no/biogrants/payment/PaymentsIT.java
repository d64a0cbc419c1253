package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.biogrants.assessment.Impartiality;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.casework.Acceptances;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
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
 * A grant from acceptance to closed case on Payara Micro against MariaDB: the company accepts with
 * a bank account, payments are checked against the rules and approved (two people above the limit),
 * booked as disbursements, exported in a payment file, and the case is closed; a grant cannot lapse
 * before its acceptance deadline; another company can neither accept nor ask for payment. What the
 * decision says: {@link GrantTermsIT}; reclaims: {@link ReclaimsIT}.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

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
  @Inject private PaymentExports exports;
  @Inject private Ledger ledger;
  @Inject private Applications applications;
  @Inject private Impartiality impartiality;
  @Inject private AuditLog audit;

  @Test
  void caseT2_grantIsAcceptedPaidInTwoInstalmentsExportedAndClosed() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(1_000_000));
    Long id =
        fixtures.grantedApplication(
            fixtures.roundOn(lineId, COUNTY, 2020), Money.ofKroner(300_000));
    Actor company = fixtures.actor("soker");

    assertThatThrownBy(() -> acceptances.accept(company, id, "1234.56.78904"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.bankAccount.invalid");
    assertThat(applications.own(company, id).getStatus())
        .isEqualTo(ApplicationStatus.PARTIALLY_GRANTED);
    acceptances.accept(company, id, ACCOUNT);
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
    assertThatThrownBy(() -> acceptances.accept(company, id, ACCOUNT))
        .isInstanceOf(IllegalTransitionException.class);

    // Planned eligible costs 1.2 MNOK for 300 000: 600 000 documented earn 150 000, below the 75 %
    // share.
    PaymentRequest part =
        payments.request(
            company,
            id,
            PaymentKind.PART,
            ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(600_000)),
            null);
    assertThatThrownBy(
            () ->
                payments.request(
                    company,
                    id,
                    PaymentKind.PART,
                    ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(700_000)),
                    null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.openRequest");
    Actor leder = fixtures.actor("leder");
    Actor secondApprover = secondApprover(id);
    assertThat(payments.check(leder, part.getId()).payable()).isEqualTo(Money.ofKroner(150_000));

    PaymentRequest first = payments.approve(leder, part.getId(), part.getVersion());
    assertThat(first.getStatus()).isEqualTo(PaymentRequestStatus.FIRST_APPROVED);
    assertThatThrownBy(() -> payments.approve(leder, part.getId(), first.getVersion()))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.fourEyes");
    assertThatThrownBy(
            () ->
                payments.approve(fixtures.actor("saksbehandler"), part.getId(), first.getVersion()))
        .isInstanceOf(AccessDeniedException.class);
    PaymentRequest paid = payments.approve(secondApprover, part.getId(), first.getVersion());

    assertThat(paid.getStatus()).isEqualTo(PaymentRequestStatus.PAID);
    assertThat(paid.getAmount()).isEqualTo(Money.ofKroner(150_000));
    assertThat(balance(lineId, id))
        .isEqualTo(new OwnerBalance(Money.ofKroner(300_000), Money.ofKroner(150_000)));
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.IN_PROGRESS);

    // The final report without the auditor's attestation (grant above 200 000) cannot be approved.
    // Its wages (800 000) are more than twice the training costs (300 000): only 600 000 of them
    // count.
    PaymentRequest unattested =
        payments.request(
            company,
            id,
            PaymentKind.FINAL,
            costs(300_000, 800_000),
            new FinalReport(12, 480, "Gjennomført.", false, null));
    assertThat(unattested.getDocumentedCosts()).isEqualTo(Money.ofKroner(900_000));
    assertThat(unattested.getActualCosts().total()).isEqualTo(Money.ofKroner(1_100_000));
    assertThat(applications.own(company, id).getStatus())
        .isEqualTo(ApplicationStatus.FINAL_REPORTED);
    assertThatThrownBy(() -> payments.approve(leder, unattested.getId(), unattested.getVersion()))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.attestationMissing");
    payments.reject(
        fixtures.actor("saksbehandler"), unattested.getId(), "Revisorattestasjon mangler.");

    // 1.0 MNOK of 1.2 documented: the final grant is cut to 250 000; 100 000 is paid (one
    // approver), 50 000 released.
    PaymentRequest last =
        payments.request(
            company,
            id,
            PaymentKind.FINAL,
            costs(400_000, 600_000),
            new FinalReport(12, 480, "Gjennomført.", true, "Revisor Hansen"));
    assertThat(payments.requestsOf(id).getLast().actualCost(CostCategory.PARTICIPANT_WAGES))
        .isEqualTo(Money.ofKroner(600_000));
    PaymentRequest finalPaid =
        payments.approve(fixtures.actor("saksbehandler"), last.getId(), last.getVersion());
    assertThat(finalPaid.getAmount()).isEqualTo(Money.ofKroner(100_000));
    assertThat(balance(lineId, id))
        .isEqualTo(new OwnerBalance(Money.ofKroner(250_000), Money.ofKroner(250_000)));
    BudgetLine line = ledger.lockLine(lineId);
    assertThat(line.getAvailable()).isEqualTo(Money.ofKroner(750_000));

    reclaims.close(fixtures.actor("saksbehandler"), id, "Alt utbetalt.");
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    List<AuditEvent> trail = audit.forEntity("GrantApplication", id);
    assertThat(trail)
        .extracting(AuditEvent::getAction)
        .contains(
            "STATUS_ACCEPTED", "STATUS_IN_PROGRESS", "STATUS_FINAL_REPORTED", "STATUS_CLOSED");
    assertThat(audit.forEntity("PaymentRequest", part.getId()))
        .extracting(AuditEvent::getAction)
        .containsExactly("PAYMENT_REQUESTED", "PAYMENT_FIRST_APPROVED", "PAYMENT_PAID");

    // Both payments go into one payment file, and only once.
    PaymentExport export = exports.export(fixtures.actor("saksbehandler"));
    String csv =
        new String(
            exports.file(fixtures.actor("saksbehandler"), export.getId()), StandardCharsets.UTF_8);
    String reference = applications.own(company, id).getReference();
    assertThat(csv.lines().filter(l -> l.contains(reference)))
        .containsExactlyInAnyOrder(
            csv.lines()
                .filter(l -> l.contains(reference) && l.contains(";12345678903;150000.00;"))
                .findFirst()
                .orElseThrow(),
            csv.lines()
                .filter(l -> l.contains(reference) && l.contains(";12345678903;100000.00;"))
                .findFirst()
                .orElseThrow());
    assertThat(exports.pending(fixtures.actor("saksbehandler"))).isEmpty();
    assertThatThrownBy(() -> exports.export(fixtures.actor("saksbehandler")))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.nothingToExport");
    assertThatThrownBy(() -> exports.file(fixtures.actor("saksbehandler.03"), export.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void caseT2_grantCannotLapseBeforeItsAcceptanceDeadline() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id =
        fixtures.grantedApplication(fixtures.roundOn(lineId, COUNTY, 2020), Money.ofKroner(50_000));

    assertThatThrownBy(() -> acceptances.lapse(fixtures.actor("saksbehandler"), id))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("acceptance.notYetLapsed");
    assertThat(balance(lineId, id).committed()).isEqualTo(Money.ofKroner(50_000));
  }

  @Test
  void anotherCompanyCannotAcceptOrRequestPayment() {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id =
        fixtures.grantedApplication(fixtures.roundOn(lineId, COUNTY, 2020), Money.ofKroner(50_000));
    Actor stranger = fixtures.actor("soker.03");

    assertThatThrownBy(() -> acceptances.accept(stranger, id, ACCOUNT))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                payments.request(
                    stranger,
                    id,
                    PaymentKind.PART,
                    ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(1)),
                    null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                payments.request(
                    fixtures.actor("soker"),
                    id,
                    PaymentKind.PART,
                    ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(1)),
                    null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("payment.notPayableStatus");
  }

  private Actor secondApprover(Long applicationId) {
    Actor approver = fixtures.newUser("leder2", EnumSet.of(Role.APPROVER));
    impartiality.declare(approver, applicationId, false, null);
    return approver;
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
