package no.biogrants.reporting;

import java.io.Serializable;

/**
 * One row of a spending report: the dimension's key (a code, id, band or quarter; stable across
 * languages), its label in the reader's language, and the group's measures.
 */
public record SpendingRow(String key, String label, SpendingFigures figures) implements Serializable {

  public SpendingRow withLabel(String newLabel) {
    return new SpendingRow(key, newLabel, figures);
  }
}
