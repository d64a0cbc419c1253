package no.biogrants.budget;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import no.biogrants.casework.Decisions;
import no.biogrants.identity.Actor;
import no.biogrants.it.BigCompanyCases;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.CaseStage;
import no.biogrants.it.DecidedCases;
import no.biogrants.it.Deployments;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of speed: grant decisions per second on one budget line (every decision
 * queues on the same row lock) and spread over ten lines, with several approvers at once, on Payara
 * Micro and MariaDB. A full decision: lock the application and the line, book the commitment, write
 * the decision, the status change and the audit lines. Run with {@code mvn verify -Pbenchmark}; the
 * figures are printed as lines starting with "BENCHMARK".
 */
@ExtendWith(ArquillianExtension.class)
class DecisionThroughputBenchmarkIT {

  private static final String COUNTY = "34";
  private static final Money GRANT = Money.ofKroner(10_000);
  private static final int DECISIONS = Integer.getInteger("benchmark.decisions", 600);
  private static final int THREADS = Integer.getInteger("benchmark.threads", 8);

  @Deployment
  static WebArchive deployment() {
    return Deployments.realWarWith(
        DecisionThroughputBenchmarkIT.class,
        CaseFixtures.class,
        CaseStage.class,
        BigCompanyCases.class,
        DecidedCases.class);
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Decisions decisions;
  @Inject private Budgets budgets;
  @Resource private ManagedThreadFactory threads;

  @Test
  void decisionsPerSecondOnOneLineAndOnTenLines() throws Exception {
    Actor caseworker = fixtures.actor("saksbehandler");
    Actor approver = fixtures.actor("leder");

    Long oneLine = fixtures.lineWithRoom(COUNTY, 2040, GRANT.times(DECISIONS));
    List<Long> onOneLine = prepare(oneLine, 2040, DECISIONS, caseworker);
    warmUp(approver, caseworker);
    double oneLineRate = run(onOneLine, approver, THREADS);
    assertThat(budgets.line(oneLine).getAvailable()).isEqualTo(Money.ZERO);

    List<Long> lines = new ArrayList<>();
    List<Long> spread = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Long line = fixtures.lineWithRoom(COUNTY, 2050 + i, GRANT.times(DECISIONS / 10));
      lines.add(line);
      spread.addAll(prepare(line, 2050 + i, DECISIONS / 10, caseworker));
    }
    Collections.shuffle(spread, new Random(1));
    double manyLinesRate = run(spread, approver, THREADS);
    for (Long line : lines) {
      assertThat(budgets.line(line).getAvailable()).isEqualTo(Money.ZERO);
    }

    System.out.printf(
        Locale.ROOT,
        "BENCHMARK decisions/s on one line: %.0f (%d decisions, %d approvers at once)%n",
        oneLineRate,
        DECISIONS,
        THREADS);
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK decisions/s on ten lines: %.0f (%d decisions, %d approvers at once)%n",
        manyLinesRate,
        DECISIONS,
        THREADS);
  }

  private List<Long> prepare(Long line, int year, int count, Actor caseworker) {
    Long round = fixtures.roundOn(line, COUNTY, year);
    List<Long> ids = new ArrayList<>();
    for (int done = 0; done < count; done += 50) {
      ids.addAll(
          fixtures.recommendedApplications(
              Math.min(50, count - done), round, GRANT, "soker", caseworker));
    }
    return ids;
  }

  private void warmUp(Actor approver, Actor caseworker) throws InterruptedException {
    Long line = fixtures.lineWithRoom(COUNTY, 2039, GRANT.times(50));
    run(prepare(line, 2039, 50, caseworker), approver, THREADS);
  }

  /** Grants every case with {@code threadCount} approvers at once; returns decisions per second. */
  private double run(List<Long> cases, Actor approver, int threadCount)
      throws InterruptedException {
    ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(cases);
    AtomicInteger failures = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threadCount; t++) {
      Thread worker =
          threads.newThread(
              () -> {
                for (Long id = queue.poll(); id != null; id = queue.poll()) {
                  try {
                    decisions.grant(approver, id, "Innvilget.");
                  } catch (RuntimeException e) {
                    failures.incrementAndGet();
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(failures.get()).isZero();
    return cases.size() / seconds;
  }
}
