package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerCheck;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerEntryType;
import no.biogrants.budget.LedgerRef;
import no.biogrants.budget.OwnerBalance;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The budget invariant while money moves every way at once, on MariaDB: on one line, two people
 * approve each of seven payment requests at the same moment, three reclaims are booked and five new
 * grants compete for the room the line has, all released together. Each request is paid exactly
 * once, every reclaim lands, no more grants are booked than there was room for, no grant has more
 * disbursed than committed, the line is never overcommitted, and the balance rows agree with the
 * ledger.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentConcurrencyIT {

  private static final String COUNTY = "34";
  private static final Money GRANT = Money.ofKroner(100_000);
  private static final Money PLANNED = GRANT.times(4);

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Inject private LedgerCheck ledgerCheck;
  @Resource private ManagedThreadFactory threads;

  private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
  private final List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());

  @Test
  void paymentsReclaimsAndGrantsAtTheSameMomentKeepTheLineWhole() throws Exception {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2032, GRANT.times(12));
    Long roundId = fixtures.roundOn(lineId, COUNTY, 2032);
    Actor caseworker = fixtures.actor("saksbehandler");
    Actor leder = fixtures.actor("leder");
    Actor company = fixtures.actor("soker");
    List<Long> cases = fixtures.recommendedApplications(15, roundId, GRANT, "soker", caseworker);
    List<Long> granted = cases.subList(0, 10);
    List<Long> waiting = cases.subList(10, 15);
    List<PaymentRequest> requests = new ArrayList<>();
    for (Long id : granted) {
      decisions.grant(leder, id, "Innvilget.");
      acceptances.accept(company, id, "1234.56.78903");
      requests.add(
          payments.request(
              company,
              id,
              PaymentKind.PART,
              ActualCosts.only(CostCategory.TRAINERS, PLANNED),
              null));
    }
    // Three are paid already, so that their money can be reclaimed while the rest is paid.
    for (PaymentRequest request : requests.subList(0, 3)) {
      payments.approve(leder, request.getId(), request.getVersion());
    }

    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (PaymentRequest request : requests.subList(3, 10)) {
      workers.add(
          worker(
              start,
              "approve",
              () -> payments.approve(caseworker, request.getId(), request.getVersion())));
      workers.add(
          worker(
              start,
              "approve",
              () -> payments.approve(leder, request.getId(), request.getVersion())));
    }
    for (Long id : granted.subList(0, 3)) {
      workers.add(
          worker(
              start,
              "reclaim",
              () -> reclaims.reclaim(leder, id, Money.ofKroner(50_000), "Vilkår brutt.")));
    }
    for (Long id : waiting) {
      workers.add(worker(start, "grant", () -> decisions.grant(leder, id, "Innvilget.")));
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join(180_000);
    }

    assertThat(unexpected).isEmpty();
    assertThat(outcomes.get("approve:done").get()).isEqualTo(7);
    assertThat(outcomes.get("approve:refused").get()).isEqualTo(7);
    assertThat(outcomes.get("reclaim:done").get()).isEqualTo(3);
    // Room for two grants at the start; each reclaim landing first frees 75 000 more (50 000 back,
    // 25 000 unpaid released), so two to four of the five get through, the rest are refused.
    int grants = outcomes.get("grant:done").get();
    assertThat(grants).isBetween(2, 4);
    assertThat(outcomes.getOrDefault("grant:budget.insufficient", new AtomicInteger()).get())
        .isEqualTo(5 - grants);

    List<LedgerEntry> entries = ledger.entriesOf(lineId);
    for (Long id : granted) {
      assertThat(
              entries.stream()
                  .filter(
                      e ->
                          id.equals(e.getApplicationId())
                              && e.getType() == LedgerEntryType.DISBURSEMENT))
          .as("payments of case %s", id)
          .hasSize(1);
      OwnerBalance balance = ledger.balanceOf(lineId, LedgerRef.grant(id));
      assertThat(balance.disbursed()).isLessThanOrEqualTo(balance.committed());
    }
    assertThat(entries.stream().filter(e -> e.getType() == LedgerEntryType.RECLAIM)).hasSize(3);
    BudgetLine line = budgets.line(lineId);
    assertThat(line.getAvailable().isNegative()).isFalse();
    assertThat(line.getCommitted())
        .isEqualTo(
            GRANT.times(10).minus(Money.ofKroner(75_000).times(3)).plus(GRANT.times(grants)));
    assertThat(line.getDisbursed()).isEqualTo(Money.ofKroner(75_000).times(10));
    assertThat(line.getReclaimed()).isEqualTo(Money.ofKroner(50_000).times(3));
    assertThat(ledgerCheck.mismatches()).isEmpty();
  }

  /** A thread that waits for the start, runs the action and counts its outcome by kind. */
  private Thread worker(CountDownLatch start, String kind, Runnable action) {
    Thread thread =
        threads.newThread(
            () -> {
              try {
                start.await();
                action.run();
                count(kind + ":done");
              } catch (BusinessException e) {
                count(kind + (kind.equals("approve") ? ":refused" : ":" + e.messageKey()));
              } catch (Throwable e) {
                if (kind.equals("approve") && FacesActions.isConflict(e)) {
                  count(kind + ":refused");
                } else {
                  unexpected.add(e);
                }
              }
            });
    thread.start();
    return thread;
  }

  private void count(String outcome) {
    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
  }
}
