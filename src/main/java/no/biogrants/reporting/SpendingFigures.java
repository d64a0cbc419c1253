package no.biogrants.reporting;

import java.io.Serializable;
import no.biogrants.shared.Money;

/**
 * The measures of a group of applications (package doc, M1-M10). Money in NOK; participants and
 * training hours as whole numbers. Adding two groups adds every measure.
 */
public record SpendingFigures(
    long applications,
    Money applied,
    Money recommended,
    Money granted,
    Money committed,
    Money disbursed,
    Money released,
    Money reclaimed,
    long participants,
    long trainingHours)
    implements Serializable {

  public static final SpendingFigures NONE =
      new SpendingFigures(
          0,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          0,
          0);

  public SpendingFigures plus(SpendingFigures o) {
    return new SpendingFigures(
        applications + o.applications,
        applied.plus(o.applied),
        recommended.plus(o.recommended),
        granted.plus(o.granted),
        committed.plus(o.committed),
        disbursed.plus(o.disbursed),
        released.plus(o.released),
        reclaimed.plus(o.reclaimed),
        participants + o.participants,
        trainingHours + o.trainingHours);
  }

  /**
   * The applications' side of a group (counts, applied, recommended, granted, plan figures) with no
   * ledger money.
   */
  public SpendingFigures withoutLedger() {
    return new SpendingFigures(
        applications,
        applied,
        recommended,
        granted,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        participants,
        trainingHours);
  }

  /** Only ledger money: what was committed, disbursed, released and reclaimed. */
  public static SpendingFigures ledger(
      Money committed, Money disbursed, Money released, Money reclaimed) {
    return new SpendingFigures(
        0, Money.ZERO, Money.ZERO, Money.ZERO, committed, disbursed, released, reclaimed, 0, 0);
  }

  /**
   * Read from a grouped query row: count, then the sums in {@link ApplicationFigures#MEASURES}
   * order, from {@code at}.
   */
  static SpendingFigures fromSql(Object[] row, int at) {
    return new SpendingFigures(
        ((Number) row[at]).longValue(),
        Money.fromSql(row[at + 1]),
        Money.fromSql(row[at + 2]),
        Money.fromSql(row[at + 3]),
        Money.fromSql(row[at + 4]),
        Money.fromSql(row[at + 5]),
        Money.fromSql(row[at + 6]),
        Money.fromSql(row[at + 7]),
        row[at + 8] == null ? 0 : ((Number) row[at + 8]).longValue(),
        row[at + 9] == null ? 0 : ((Number) row[at + 9]).longValue());
  }
}
