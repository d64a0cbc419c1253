package no.biogrants.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.Money;

/**
 * A round's ranking against the money: the money the line has left (plus or minus the what-if), the
 * ranked applications with the funding line drawn where the money runs out, and how many are not
 * scored yet (they are not ranked).
 */
public record Ranking(Money money, List<RankedApplication> rows, int unscored)
    implements Serializable {

  /** A scored application waiting for the line, with what it would get. */
  public record Candidate(
      Long id,
      String reference,
      String companyName,
      BigDecimal score,
      ApplicationStatus status,
      Money applied,
      Money proposed) {}

  /**
   * Draws the funding line: the candidates, best first, are funded while the running total stays
   * within the money; the first that does not fit draws the line, and it and every one below it are
   * the reserve list (even a smaller one further down: the order is the ranking's, not a fit).
   */
  public static Ranking draw(Money money, List<Candidate> ranked, int unscored) {
    List<RankedApplication> rows = new ArrayList<>();
    Money cumulative = Money.ZERO;
    boolean lineDrawn = false;
    for (Candidate c : ranked) {
      cumulative = cumulative.plus(c.proposed());
      boolean funded = !lineDrawn && !cumulative.isGreaterThan(money);
      lineDrawn = lineDrawn || !funded;
      rows.add(
          new RankedApplication(
              rows.size() + 1,
              c.id(),
              c.reference(),
              c.companyName(),
              c.score(),
              c.status(),
              c.applied(),
              c.proposed(),
              cumulative,
              funded));
    }
    return new Ranking(money, List.copyOf(rows), unscored);
  }

  public List<RankedApplication> funded() {
    return rows.stream().filter(RankedApplication::funded).toList();
  }

  public List<RankedApplication> reserve() {
    return rows.stream().filter(r -> !r.funded()).toList();
  }

  public Money fundedTotal() {
    return funded().stream().map(RankedApplication::proposed).reduce(Money.ZERO, Money::plus);
  }

  public Money left() {
    return money.minus(fundedTotal());
  }
}
