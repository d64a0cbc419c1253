package no.biogrants.budget;

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
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
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
 * The budget invariant under concurrency, on MariaDB: 50 approvals at the same moment against a
 * line with room for exactly 10 give exactly 10 commitments; the other 40 are refused with the
 * line's figures, and the balance row agrees with the ledger to the øre.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerConcurrencyIT {

  private static final String COUNTY = "34";
  private static final Money GRANT = Money.ofKroner(100_000);

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Decisions decisions;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Inject private Applications applications;
  @Resource private ManagedThreadFactory threads;

  @Test
  void budB1_fiftyParallelGrantsOnALineWithRoomForTenCommitExactlyTen() throws Exception {
    Long lineId = fixtures.lineWithRoom(COUNTY, 2031, GRANT.times(10));
    Long roundId = fixtures.roundOn(lineId, COUNTY, 2031);
    List<Long> cases =
        fixtures.recommendedApplications(
            50, roundId, GRANT, "soker", fixtures.actor("saksbehandler"));
    Actor approver = fixtures.actor("leder");

    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger granted = new AtomicInteger();
    Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    for (Long id : cases) {
      Thread worker =
          threads.newThread(
              () -> {
                try {
                  start.await();
                  decisions.grant(approver, id, "Innvilget.");
                  granted.incrementAndGet();
                } catch (BusinessException e) {
                  refusals
                      .computeIfAbsent(e.messageKey(), k -> new AtomicInteger())
                      .incrementAndGet();
                } catch (Throwable e) {
                  unexpected.add(e);
                }
              });
      workers.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join(120_000);
    }

    assertThat(unexpected).isEmpty();
    assertThat(granted.get()).isEqualTo(10);
    assertThat(refusals).containsOnlyKeys("budget.insufficient");
    assertThat(refusals.get("budget.insufficient").get()).isEqualTo(40);

    List<LedgerEntry> entries = ledger.entriesOf(lineId);
    List<LedgerEntry> commitments =
        entries.stream().filter(e -> e.getType() == LedgerEntryType.COMMITMENT).toList();
    assertThat(commitments).hasSize(10);
    assertThat(commitments).extracting(LedgerEntry::getApplicationId).doesNotHaveDuplicates();
    BudgetLine line = budgets.line(lineId);
    Money committedInLedger =
        commitments.stream().map(LedgerEntry::getAmount).reduce(Money.ZERO, Money::plus);
    Money allocatedInLedger =
        entries.stream()
            .filter(e -> e.getType() == LedgerEntryType.ALLOCATION)
            .map(LedgerEntry::getAmount)
            .reduce(Money.ZERO, Money::plus);
    assertThat(line.getCommitted()).isEqualTo(committedInLedger).isEqualTo(GRANT.times(10));
    assertThat(line.getAllocated()).isEqualTo(allocatedInLedger);
    assertThat(line.getAvailable()).isEqualTo(Money.ZERO);

    long grantedCases =
        cases.stream()
            .map(id -> applications.own(fixtures.actor("soker"), id).getStatus())
            .filter(s -> s == ApplicationStatus.PARTIALLY_GRANTED)
            .count();
    long stillRecommended =
        cases.stream()
            .map(id -> applications.own(fixtures.actor("soker"), id).getStatus())
            .filter(s -> s == ApplicationStatus.RECOMMENDED)
            .count();
    assertThat(grantedCases).isEqualTo(10);
    assertThat(stillRecommended).isEqualTo(40);
  }
}
