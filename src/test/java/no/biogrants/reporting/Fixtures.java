package no.biogrants.reporting;

import no.biogrants.shared.Money;

/** Small figures for report tests, with totals easy to check by hand. */
final class Fixtures {

  private Fixtures() {}

  /** {@code applications} applications applying for {@code applied} kroner, and so on (kroner). */
  static SpendingFigures figures(
      long applications,
      long applied,
      long granted,
      long committed,
      long disbursed,
      long participants,
      long hours) {
    return new SpendingFigures(
        applications,
        Money.ofKroner(applied),
        Money.ofKroner(granted),
        Money.ofKroner(granted),
        Money.ofKroner(committed),
        Money.ofKroner(disbursed),
        Money.ZERO,
        Money.ZERO,
        participants,
        hours);
  }

  static SpendingRow row(String key, SpendingFigures figures) {
    return new SpendingRow(key, null, figures);
  }
}
