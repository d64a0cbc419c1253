package no.biogrants.reporting.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.biogrants.document.FileFormat;
import no.biogrants.document.TableWorkbook;
import no.biogrants.reporting.CaseRow;
import no.biogrants.shared.Money;

/**
 * Writes the case list as it is read ({@link no.biogrants.reporting.CasePages}): xlsx through SXSSF
 * (100 rows in memory), csv and JSON row by row. Nothing holds the whole list.
 */
public final class CaseListExport {

  private CaseListExport() {}

  public static void write(
      FileFormat format,
      Iterator<CaseRow> cases,
      UnaryOperator<String> text,
      TableWorkbook.Texts texts,
      Map<String, String> filters,
      ZonedDateTime extractedAt,
      OutputStream out) {
    List<ReportColumn> columns = ReportTables.caseColumns(text);
    Iterator<List<Object>> rows = map(cases);
    switch (format) {
      case XLSX ->
          TableWorkbook.write(
              texts,
              columns.stream().map(ReportColumn::forWorkbook).toList(),
              rows,
              true,
              filters,
              extractedAt,
              out);
      case CSV -> CsvWriter.write(columns, rows, out);
      case JSON -> json(columns, rows, out);
    }
  }

  /**
   * A JSON array of objects whose fields are the columns' ids; amounts as numbers, times as
   * ISO-8601 instants in UTC.
   */
  static void json(List<ReportColumn> columns, Iterator<List<Object>> rows, OutputStream out) {
    try (JsonGenerator json =
        Json.createGenerator(
            new FilterOutputStream(out) {
              @Override
              public void close() throws IOException {
                flush();
              }
            })) {
      json.writeStartArray();
      while (rows.hasNext()) {
        List<Object> values = rows.next();
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
          String id = columns.get(i).id();
          Object value = values.get(i);
          if (value == null) {
            json.writeNull(id);
          } else if (value instanceof Money m) {
            json.write(id, m.amount());
          } else if (value instanceof BigDecimal b) {
            json.write(id, b);
          } else if (value instanceof Long || value instanceof Integer) {
            json.write(id, ((Number) value).longValue());
          } else if (value instanceof LocalDateTime time) {
            // The database keeps instants as the server's wall-clock time; the API gives them in
            // UTC (API-A6).
            json.write(id, time.atZone(ZoneId.systemDefault()).toInstant().toString());
          } else {
            json.write(id, value.toString());
          }
        }
        json.writeEnd();
      }
      json.writeEnd();
    }
  }

  private static Iterator<List<Object>> map(Iterator<CaseRow> cases) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return cases.hasNext();
      }

      @Override
      public List<Object> next() {
        return ReportTables.caseValues(cases.next());
      }
    };
  }
}
