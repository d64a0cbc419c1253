package no.biogrants.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import no.biogrants.shared.Money;

/**
 * Applied for against the money available for BIO, for one county, round or budget line. {@code
 * lineKey} names the budget line whose money {@code available} is (a round's line), so a line
 * shared by rounds counts once in a total; null when the row has its own money.
 */
public record OversubscriptionRow(
    String key,
    String label,
    String lineKey,
    long applications,
    Money applied,
    Money granted,
    Money committed,
    Money available)
    implements Serializable {

  /**
   * Oversubscription = applied ÷ available, two decimals HALF_UP; null when nothing is available.
   */
  public BigDecimal ratio() {
    return available.isPositive()
        ? applied.amount().divide(available.amount(), 2, RoundingMode.HALF_UP)
        : null;
  }

  public OversubscriptionRow withLabel(String newLabel) {
    return new OversubscriptionRow(
        key, newLabel, lineKey, applications, applied, granted, committed, available);
  }
}
