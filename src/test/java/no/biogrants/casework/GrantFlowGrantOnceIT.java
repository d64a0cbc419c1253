package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.biogrants.assessment.Assessments;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.Ledger;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application is never granted twice, on Payara Micro against MariaDB: not by a second approver
 * after the first, not even by two approvers at the same moment (one decision, one commitment).
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowGrantOnceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Resource private ManagedExecutorService executor;

  @Test
  void caseD7_aSecondApproverCannotGrantTheSameApplicationAgain() {
    Long id =
        fixtures
            .recommendedApplications(
                1,
                fixtures.demoRound(),
                Money.ofKroner(120_000),
                "soker",
                fixtures.actor("saksbehandler"))
            .get(0);
    Actor secondApprover = fixtures.newUser("leder-to", EnumSet.of(Role.APPROVER));
    fixtures.declareImpartial(secondApprover, List.of(id));

    decisions.grant(fixtures.actor("leder"), id, "Innvilget.");

    assertThatThrownBy(() -> decisions.grant(secondApprover, id, "Innvilget igjen."))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(ledger.entriesForApplication(id)).hasSize(1);
    assertThat(decisions.decisionsOf(id)).hasSize(1);
  }

  @Test
  void caseD7_twoApproversGrantingAtTheSameMomentGiveOneDecisionAndOneCommitment()
      throws Exception {
    Long id =
        fixtures
            .recommendedApplications(
                1,
                fixtures.demoRound(),
                Money.ofKroner(110_000),
                "soker",
                fixtures.actor("saksbehandler"))
            .get(0);
    Long lineId = assessments.currentRecommendation(id).orElseThrow().getBudgetLineId();
    Money committedBefore = budgets.line(lineId).getCommitted();
    List<Actor> approvers =
        List.of(
            fixtures.newUser("leder-a", EnumSet.of(Role.APPROVER)),
            fixtures.newUser("leder-b", EnumSet.of(Role.APPROVER)));
    approvers.forEach(a -> fixtures.declareImpartial(a, List.of(id)));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Decision>> results = new ArrayList<>();
    for (Actor approver : approvers) {
      Callable<Decision> grant =
          () -> {
            start.await();
            return decisions.grant(approver, id, "Innvilget.");
          };
      results.add(executor.submit(grant));
    }
    start.countDown();
    int granted = 0;
    int refused = 0;
    for (Future<Decision> result : results) {
      try {
        result.get(60, TimeUnit.SECONDS);
        granted++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(IllegalTransitionException.class);
        refused++;
      }
    }
    assertThat(granted).isEqualTo(1);
    assertThat(refused).isEqualTo(1);
    assertThat(ledger.entriesForApplication(id)).hasSize(1);
    assertThat(budgets.line(lineId).getCommitted())
        .isEqualTo(committedBefore.plus(Money.ofKroner(110_000)));
  }
}
