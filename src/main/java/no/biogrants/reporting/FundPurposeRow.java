package no.biogrants.reporting;

import java.io.Serializable;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * How a budget line's money went to its purposes: committed net (commitments less releases and
 * reclaims) to BIO grants, to upper secondary education and to other measures, against the money
 * the line has (allocated + transferred).
 */
public record FundPurposeRow(
    String key,
    String label,
    boolean flexible,
    Money money,
    Money bio,
    Money upperSecondary,
    Money otherMeasures)
    implements Serializable {

  public Money used() {
    return bio.plus(upperSecondary).plus(otherMeasures);
  }

  /** BIO's share of what was used; zero when nothing was. */
  public Rate bioShare() {
    return bio.shareOf(used());
  }

  public FundPurposeRow plus(FundPurposeRow o) {
    return new FundPurposeRow(
        key,
        label,
        flexible || o.flexible,
        money.plus(o.money),
        bio.plus(o.bio),
        upperSecondary.plus(o.upperSecondary),
        otherMeasures.plus(o.otherMeasures));
  }
}
