package no.biogrants.reporting.export;

import no.biogrants.document.TableWorkbook;
import no.biogrants.document.TableWorkbook.Kind;

/**
 * A column of a report or the case list: its stable id (the csv header and the JSON field), its
 * title and definition in the reader's language (the xlsx header and about sheet), and its kind.
 */
public record ReportColumn(String id, String title, Kind kind, String definition) {

  TableWorkbook.Column forWorkbook() {
    return new TableWorkbook.Column(title, kind, definition);
  }
}
