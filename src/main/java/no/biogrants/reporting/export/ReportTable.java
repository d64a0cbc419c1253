package no.biogrants.reporting.export;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import no.biogrants.document.TableWorkbook;

/**
 * A report ready to export: its name, columns and rows (values in column order), and whether it has
 * totals.
 */
public record ReportTable(
    String name, List<ReportColumn> columns, List<List<Object>> rows, boolean totals) {

  /** The table as a workbook (see {@link TableWorkbook}). */
  public byte[] xlsx(
      TableWorkbook.Texts texts, Map<String, String> filters, ZonedDateTime extractedAt) {
    return TableWorkbook.build(
        texts,
        columns.stream().map(ReportColumn::forWorkbook).toList(),
        rows,
        totals,
        filters,
        extractedAt);
  }

  public byte[] csv() {
    return CsvWriter.toBytes(columns, rows.iterator());
  }
}
