package no.biogrants.reporting.api;

import java.math.BigDecimal;
import no.biogrants.reporting.SpendingFigures;
import no.biogrants.reporting.SpendingRow;

/**
 * One group of a spending report as the API gives it; the fields and their order are the contract.
 * {@code key2} and {@code label2}: the second dimension's, only when grouped by two (left out
 * otherwise).
 */
public record SpendingRowJson(
    String key,
    String label,
    String key2,
    String label2,
    long applications,
    BigDecimal applied,
    BigDecimal recommended,
    BigDecimal granted,
    BigDecimal committed,
    BigDecimal disbursed,
    BigDecimal released,
    BigDecimal reclaimed,
    long participants,
    long trainingHours) {

  static SpendingRowJson of(String key, String label, SpendingFigures f) {
    return of(key, label, null, null, f);
  }

  static SpendingRowJson of(
      String key, String label, String key2, String label2, SpendingFigures f) {
    return new SpendingRowJson(
        key,
        label,
        key2,
        label2,
        f.applications(),
        f.applied().amount(),
        f.recommended().amount(),
        f.granted().amount(),
        f.committed().amount(),
        f.disbursed().amount(),
        f.released().amount(),
        f.reclaimed().amount(),
        f.participants(),
        f.trainingHours());
  }

  static SpendingRowJson of(SpendingRow row) {
    return of(row.key(), row.label(), row.byKey(), row.byLabel(), row.figures());
  }
}
