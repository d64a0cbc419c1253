package no.biogrants.assessment;

import java.io.Serializable;
import java.util.List;
import no.biogrants.shared.Money;

/**
 * A round's ranking against the money: the money the line has left (plus or minus the what-if),
 * the ranked applications with the funding line drawn where the money runs out, and how many are
 * not scored yet (they are not ranked).
 */
public record Ranking(Money money, List<RankedApplication> rows, int unscored) implements Serializable {

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
