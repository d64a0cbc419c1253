package no.biogrants.reporting.api;

import java.math.BigDecimal;
import no.biogrants.reporting.OversubscriptionRow;

/** Applied for against money available for one county, round or line; null ratio: no money. */
public record OversubscriptionRowJson(
    String key,
    String label,
    long applications,
    BigDecimal applied,
    BigDecimal granted,
    BigDecimal committed,
    BigDecimal available,
    BigDecimal oversubscriptionRatio) {

  static OversubscriptionRowJson of(OversubscriptionRow r) {
    return new OversubscriptionRowJson(
        r.key(),
        r.label(),
        r.applications(),
        r.applied().amount(),
        r.granted().amount(),
        r.committed().amount(),
        r.available().amount(),
        r.ratio());
  }
}
