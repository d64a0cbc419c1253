package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static Ranking.Candidate candidate(long id, String score, long proposed) {
    return new Ranking.Candidate(
        id,
        "2020-000" + id,
        "Bedrift " + id,
        new BigDecimal(score),
        ApplicationStatus.IN_REVIEW,
        Money.ofKroner(proposed * 2),
        Money.ofKroner(proposed));
  }

  @Test
  void assF1_theLineFallsWhereTheMoneyRunsOut() {
    Ranking ranking =
        Ranking.draw(
            Money.ofKroner(500_000),
            List.of(
                candidate(1, "90", 200_000),
                candidate(2, "80", 250_000),
                candidate(3, "70", 100_000)),
            0);

    assertThat(ranking.funded()).extracting(RankedApplication::id).containsExactly(1L, 2L);
    assertThat(ranking.reserve()).extracting(RankedApplication::id).containsExactly(3L);
    assertThat(ranking.rows())
        .extracting(RankedApplication::cumulative)
        .containsExactly(Money.ofKroner(200_000), Money.ofKroner(450_000), Money.ofKroner(550_000));
    assertThat(ranking.fundedTotal()).isEqualTo(Money.ofKroner(450_000));
    assertThat(ranking.left()).isEqualTo(Money.ofKroner(50_000));
  }

  @Test
  void assF1_anExactFitIsAboveTheLine() {
    Ranking ranking =
        Ranking.draw(
            Money.ofKroner(300_000),
            List.of(candidate(1, "90", 100_000), candidate(2, "80", 200_000)),
            0);

    assertThat(ranking.reserve()).isEmpty();
    assertThat(ranking.left()).isEqualTo(Money.ZERO);
  }

  @Test
  void assF1_everythingBelowTheLineIsReserveEvenWhatWouldStillFit() {
    Ranking ranking =
        Ranking.draw(
            Money.ofKroner(300_000),
            List.of(
                candidate(1, "90", 250_000),
                candidate(2, "80", 100_000),
                candidate(3, "70", 10_000)),
            2);

    assertThat(ranking.funded()).extracting(RankedApplication::id).containsExactly(1L);
    assertThat(ranking.reserve()).extracting(RankedApplication::id).containsExactly(2L, 3L);
    assertThat(ranking.unscored()).isEqualTo(2);
    assertThat(ranking.rows()).extracting(RankedApplication::rank).containsExactly(1, 2, 3);
  }

  @Test
  void assF1_noMoneyFundsNothing() {
    Ranking ranking = Ranking.draw(Money.ZERO, List.of(candidate(1, "90", 1)), 0);

    assertThat(ranking.funded()).isEmpty();
    assertThat(ranking.left()).isEqualTo(Money.ZERO);
  }
}
