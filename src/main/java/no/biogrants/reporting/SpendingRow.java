package no.biogrants.reporting;

import java.io.Serializable;

/**
 * One row of a spending report: the dimension's key (a code, id, band or quarter; stable across
 * languages), its label in the reader's language, and the group's measures. A report grouped by two
 * dimensions also has the second dimension's key and label ({@code byKey}, {@code byLabel}); a null
 * key is "unknown" (e.g. an application without a NACE code).
 */
public record SpendingRow(
    String key, String label, String byKey, String byLabel, SpendingFigures figures)
    implements Serializable {

  public SpendingRow(String key, String label, SpendingFigures figures) {
    this(key, label, null, null, figures);
  }

  public SpendingRow withLabels(String newLabel, String newByLabel) {
    return new SpendingRow(key, newLabel, byKey, newByLabel, figures);
  }

  /** The row's place in a report: its key, and its second key in a report by two dimensions. */
  public Keys keys() {
    return new Keys(key, byKey);
  }

  /** Both keys of a row (either may be null: unknown). */
  public record Keys(String key, String byKey) implements Serializable {}
}
