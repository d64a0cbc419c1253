package no.biogrants.budget;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of ledger entry on MariaDB, with the rules that guard it, and after each test the
 * check that every line's balance row still equals what its ledger says.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerEntriesIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Decisions decisions;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private Transfers transfers;
  @Inject private Measures measures;
  @Inject private LedgerCheck check;
  @Inject private BudgetDashboard dashboard;
  @Inject private Applications applications;

  @AfterEach
  void balancesAgreeWithTheLedger() {
    assertThat(check.mismatches()).isEmpty();
  }

  @Test
  void budB4_releaseDisbursementAndReclaimMoveTheGrantsMoneyWithinWhatWasCommitted() {
    Long line = fixtures.lineWithRoom(COUNTY, 2032, Money.ofKroner(1_000_000));
    Long id =
        fixtures.grantedApplication(fixtures.roundOn(line, COUNTY, 2032), Money.ofKroner(300_000));
    LedgerRef grant = LedgerRef.grant(id);

    ledger.disburse(line, Money.ofKroner(225_000), grant, "test", "Delutbetaling 75 %");
    assertRefused(
        () -> ledger.disburse(line, Money.ofKroner(75_001), grant, "test", null),
        "budget.ownerOverdrawn");
    ledger.release(
        line, Money.ofKroner(25_000), grant, "test", "Sluttutbetaling lavere enn tilsagnet");
    assertRefused(
        () -> ledger.release(line, Money.ofKroner(50_001), grant, "test", null),
        "budget.ownerOverdrawn");
    ledger.reclaim(line, Money.ofKroner(20_000), grant, "test", "Tilbakebetalt");
    assertRefused(
        () -> ledger.reclaim(line, Money.ofKroner(205_001), grant, "test", null),
        "budget.ownerOverdrawn");

    BudgetLine after = budgets.line(line);
    assertThat(after.getCommitted()).isEqualTo(Money.ofKroner(300_000 - 25_000 - 20_000));
    assertThat(after.getDisbursed()).isEqualTo(Money.ofKroner(225_000));
    assertThat(after.getReleased()).isEqualTo(Money.ofKroner(25_000));
    assertThat(after.getReclaimed()).isEqualTo(Money.ofKroner(20_000));
    assertThat(after.getAvailable()).isEqualTo(Money.ofKroner(1_000_000 - 255_000));
    OwnerBalance balance = ledger.balanceOf(line, grant);
    assertThat(balance.committed()).isEqualTo(Money.ofKroner(255_000));
    assertThat(balance.disbursed()).isEqualTo(Money.ofKroner(205_000));
    assertThat(balance.open()).isEqualTo(Money.ofKroner(50_000));
  }

  @Test
  void budB5_aTransferIsBookedOnlyWhenAnotherPersonApprovesItAndOnlyWithinTheCounty() {
    Long from = fixtures.lineWithRoom(COUNTY, 2033, Money.ofKroner(500_000));
    Long to = fixtures.lineWithRoom(COUNTY, 2033, Money.ofKroner(100_000));
    Long otherCounty = fixtures.lineWithRoom("46", 2033, Money.ofKroner(100_000));
    Actor admin = fixtures.actor("admin");

    TransferRequest request =
        transfers.request(admin, from, to, Money.ofKroner(200_000), "Mer søkt til BIO enn ventet");
    assertThat(budgets.line(from).getAvailable()).isEqualTo(Money.ofKroner(500_000));
    assertRefused(() -> transfers.approve(admin, request.getId()), "transfer.fourEyes");
    transfers.approve(fixtures.actor("leder"), request.getId());

    assertThat(budgets.line(from).getAvailable()).isEqualTo(Money.ofKroner(300_000));
    assertThat(budgets.line(to).getAvailable()).isEqualTo(Money.ofKroner(300_000));
    assertThat(budgets.line(to).getTransferred()).isEqualTo(Money.ofKroner(200_000));
    assertThat(ledger.entriesOf(from))
        .filteredOn(e -> e.getType() == LedgerEntryType.TRANSFER)
        .singleElement()
        .extracting(LedgerEntry::getAmount)
        .isEqualTo(Money.ofKroner(-200_000));
    assertRefused(
        () -> transfers.approve(fixtures.actor("leder"), request.getId()),
        "transfer.alreadyDecided");
    assertRefused(
        () -> transfers.request(admin, from, otherCounty, Money.ofKroner(1), "Feil fylke"),
        "budget.otherCounty");
    assertRefused(
        () -> transfers.request(admin, from, to, Money.ofKroner(300_001), "For mye"),
        "budget.insufficient");
    assertRefused(
        () -> transfers.request(admin, from, to, Money.ofKroner(0), "Null"),
        "validation.amount.positive");
  }

  @Test
  void budB5_unspentMoneyIsCarriedOverToTheNextYearsLine() {
    Long line = fixtures.lineWithRoom(COUNTY, 2034, Money.ofKroner(400_000));
    fixtures.grantedApplication(fixtures.roundOn(line, COUNTY, 2034), Money.ofKroner(150_000));

    List<LedgerEntry> moved =
        transfers.carryOver(
            fixtures.actor("admin"), line, Money.ofKroner(250_000), "Ubrukte midler 2034");

    assertThat(budgets.line(line).getAvailable()).isEqualTo(Money.ZERO);
    BudgetLine next = budgets.line(moved.get(1).getBudgetLineId());
    assertThat(next.getYear()).isEqualTo(2035);
    assertThat(next.getCountyCode()).isEqualTo(COUNTY);
    assertThat(next.getAvailable()).isEqualTo(Money.ofKroner(250_000));
    assertThat(moved).extracting(LedgerEntry::getType).containsOnly(LedgerEntryType.CARRY_OVER);
    assertRefused(
        () -> transfers.carryOver(fixtures.actor("admin"), line, Money.ofKroner(1), null),
        "budget.insufficient");
  }

  @Test
  void budB3_aCorrectionIsAReversalThatCanBeMadeOnceAndNeverBreaksTheLine() {
    Long line = fixtures.lineWithRoom(COUNTY, 2036, Money.ofKroner(300_000));
    Long id =
        fixtures.grantedApplication(fixtures.roundOn(line, COUNTY, 2036), Money.ofKroner(200_000));
    LedgerEntry payment =
        ledger.disburse(line, Money.ofKroner(100_000), LedgerRef.grant(id), "test", "Feil beløp");
    Actor admin = fixtures.actor("admin");

    LedgerEntry reversal = transfers.reverse(admin, payment.getId(), "Utbetalt til feil konto");

    assertThat(reversal.getType()).isEqualTo(LedgerEntryType.DISBURSEMENT);
    assertThat(reversal.getAmount()).isEqualTo(Money.ofKroner(-100_000));
    assertThat(reversal.getReversesEntryId()).isEqualTo(payment.getId());
    assertThat(budgets.line(line).getDisbursed()).isEqualTo(Money.ZERO);
    assertRefused(
        () -> transfers.reverse(admin, payment.getId(), "En gang til"), "budget.alreadyReversed");
    assertRefused(
        () -> transfers.reverse(admin, reversal.getId(), "Tilbake igjen"),
        "budget.reversalOfReversal");
    LedgerEntry allocation =
        ledger.entriesOf(line).stream()
            .filter(e -> e.getType() == LedgerEntryType.ALLOCATION)
            .findFirst()
            .orElseThrow();
    assertRefused(
        () -> transfers.reverse(admin, allocation.getId(), "Feil tildeling"),
        "budget.insufficient");
    assertThat(ledger.entriesOf(line)).hasSize(4);
  }

  @Test
  void budB6_aMeasureSpendsFlexibleMoneyButNeverEarmarkedBioMoney() {
    BudgetLine crisis =
        budgets.linesFor(COUNTY, 2020).stream()
            .filter(l -> l.getAllocation().isFlexible())
            .findFirst()
            .orElseThrow();
    BudgetLine bioOnly =
        budgets.linesFor(COUNTY, 2020).stream()
            .filter(l -> !l.getAllocation().isFlexible())
            .findFirst()
            .orElseThrow();
    Actor admin = fixtures.actor("admin");

    Measure measure =
        measures.create(
            admin, crisis.getId(), FundPurpose.UPPER_SECONDARY, "Fagbrev for permitterte", null);
    measures.commit(admin, measure.getId(), Money.ofKroner(2_000_000));
    measures.disburse(admin, measure.getId(), Money.ofKroner(500_000), "Første halvår");

    BudgetLine after = budgets.line(crisis.getId());
    assertThat(after.getCommitted())
        .isEqualTo(crisis.getCommitted().plus(Money.ofKroner(2_000_000)));
    assertThat(ledger.balanceOf(crisis.getId(), LedgerRef.measure(measure.getId())).open())
        .isEqualTo(Money.ofKroner(1_500_000));
    assertRefused(
        () ->
            measures.create(admin, bioOnly.getId(), FundPurpose.UPPER_SECONDARY, "Ikke lov", null),
        "budget.lineDoesNotFund");
    assertRefused(
        () -> measures.disburse(admin, measure.getId(), Money.ofKroner(1_500_001), null),
        "budget.ownerOverdrawn");
  }

  @Test
  void budB9_oversubscriptionCountsSubmittedApplicationsAgainstTheMoneyPerCountyLineAndRound() {
    Long line = fixtures.lineWithRoom(COUNTY, 2037, Money.ofKroner(1_000_000));
    Long round = fixtures.roundOn(line, COUNTY, 2037);
    List<Long> cases =
        fixtures.recommendedApplications(
            3, round, Money.ofKroner(100_000), "soker", fixtures.actor("saksbehandler"));
    Actor analyst = fixtures.actor("analytiker");
    assertThat(dashboard.perRound(analyst, 2037))
        .singleElement()
        .satisfies(o -> assertThat(o.ratio()).isEqualByComparingTo("0.60"));

    applications.withdraw(fixtures.actor("soker"), cases.get(0));

    assertThat(dashboard.perRound(analyst, 2037))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.applied()).isEqualTo(Money.ofKroner(400_000));
              assertThat(o.ratio()).isEqualByComparingTo("0.40");
            });
    assertThat(dashboard.perLine(analyst, 2037))
        .singleElement()
        .satisfies(o -> assertThat(o.ratio()).isEqualByComparingTo("0.40"));
    assertThat(dashboard.perCounty(analyst, 2037))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.countyCode()).isEqualTo(COUNTY);
              assertThat(c.available()).isEqualTo(Money.ofKroner(1_000_000));
              assertThat(c.oversubscription()).isEqualByComparingTo("0.40");
            });
    assertThat(dashboard.perCounty(fixtures.actor("saksbehandler.46"), 2037)).isEmpty();
  }
}
