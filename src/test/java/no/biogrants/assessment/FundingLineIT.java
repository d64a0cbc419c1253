package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import no.biogrants.budget.Budgets;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The funding line on MariaDB: the round's scored applications ranked by score against the money
 * the line has left, the what-if that moves the line without booking anything, and the bulk
 * recommendation of everything above it.
 */
@ExtendWith(ArquillianExtension.class)
class FundingLineIT {

  private static final String COUNTY = "34";
  private static final Money REQUEST = Money.ofKroner(100_000);

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private FundingLine fundingLine;
  @Inject private Budgets budgets;

  @Test
  void assF1_theLineIsDrawnWhereTheMoneyRunsOutAndTheWhatIfMovesItWithoutBookingAnything() {
    Long line = fixtures.lineWithRoom(COUNTY, 2038, Money.ofKroner(350_000));
    Long round = fixtures.roundOn(line, COUNTY, 2038);
    Actor caseworker = fixtures.actor("saksbehandler");
    Long middle = fixtures.scoredApplication(round, REQUEST, "soker", caseworker, 4);
    Long best = fixtures.scoredApplication(round, REQUEST, "soker", caseworker, 5);
    Long weakest = fixtures.scoredApplication(round, REQUEST, "soker", caseworker, 3);
    fixtures.scoredApplication(round, REQUEST, "soker", caseworker, 0);

    Ranking ranking = fundingLine.rank(caseworker, round, WhatIf.NONE);

    assertThat(ranking.money()).isEqualTo(Money.ofKroner(350_000));
    assertThat(ranking.unscored()).isEqualTo(1);
    assertThat(ranking.rows())
        .extracting(RankedApplication::id)
        .containsExactly(best, middle, weakest);
    assertThat(ranking.rows())
        .extracting(RankedApplication::proposed)
        .containsOnly(Money.ofKroner(200_000));
    assertThat(ranking.funded()).extracting(RankedApplication::id).containsExactly(best);
    assertThat(ranking.reserve())
        .extracting(RankedApplication::id)
        .containsExactly(middle, weakest);
    assertThat(ranking.left()).isEqualTo(Money.ofKroner(150_000));

    assertThat(
            fundingLine.rank(caseworker, round, new WhatIf(Money.ofKroner(50_000), 100)).funded())
        .extracting(RankedApplication::id)
        .containsExactly(best, middle);
    Ranking half = fundingLine.rank(caseworker, round, new WhatIf(Money.ZERO, 50));
    assertThat(half.funded()).hasSize(3);
    assertThat(half.fundedTotal()).isEqualTo(Money.ofKroner(300_000));
    assertThat(budgets.line(line).getAvailable()).isEqualTo(Money.ofKroner(350_000));

    int recommended =
        fundingLine.recommendAboveTheLine(caseworker, round, new WhatIf(Money.ZERO, 50));

    assertThat(recommended).isEqualTo(3);
    Ranking after = fundingLine.rank(caseworker, round, WhatIf.NONE);
    assertThat(after.rows())
        .extracting(RankedApplication::status)
        .containsOnly(ApplicationStatus.RECOMMENDED);
    assertThat(after.rows())
        .extracting(RankedApplication::proposed)
        .containsOnly(Money.ofKroner(100_000));
    assertThat(after.funded()).hasSize(3);
    assertThat(budgets.line(line).getAvailable()).isEqualTo(Money.ofKroner(350_000));
  }

  @Test
  void anotherCountysStaffCannotSeeTheRanking() {
    Long line = fixtures.lineWithRoom(COUNTY, 2039, Money.ofKroner(100_000));
    Long round = fixtures.roundOn(line, COUNTY, 2039);
    assertThatThrownBy(
            () -> fundingLine.rank(fixtures.actor("saksbehandler.46"), round, WhatIf.NONE))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> fundingLine.recommendAboveTheLine(fixtures.actor("leder"), round, WhatIf.NONE))
        .isInstanceOf(AccessDeniedException.class);
  }
}
