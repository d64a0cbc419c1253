package no.biogrants.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;

/**
 * Tables as csv the way a Norwegian Excel opens them by double-click: UTF-8 with a byte order mark,
 * semicolons between fields, CRLF between rows, numbers with a decimal comma and no grouping
 * ({@code 1234567,50}), days as {@code dd.MM.yyyy} and times as {@code dd.MM.yyyy HH:mm}. The
 * header row gives the columns' stable ids. A field with a semicolon, quote or line break is
 * quoted; a text starting with {@code = + - @} gets a leading apostrophe so a spreadsheet never
 * runs it as a formula. No totals row: the file is data.
 */
public final class CsvWriter {

  public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private CsvWriter() {}

  public static byte[] toBytes(List<ReportColumn> columns, Iterator<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(columns, rows, out);
    return out.toByteArray();
  }

  /** Writes header and rows to {@code out}, row by row (the caller closes the stream). */
  public static void write(
      List<ReportColumn> columns, Iterator<List<Object>> rows, OutputStream out) {
    try {
      out.write(BOM);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (int i = 0; i < columns.size(); i++) {
        writer.write((i > 0 ? ";" : "") + quote(columns.get(i).id()));
      }
      writer.write("\r\n");
      while (rows.hasNext()) {
        List<Object> values = rows.next();
        for (int i = 0; i < columns.size(); i++) {
          writer.write((i > 0 ? ";" : "") + field(values.get(i)));
        }
        writer.write("\r\n");
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Money m) {
      return decimal(m.amount());
    }
    if (value instanceof BigDecimal b) {
      return decimal(b);
    }
    if (value instanceof Number n) {
      return String.valueOf(n.longValue());
    }
    if (value instanceof LocalDate d) {
      return d.format(DAY);
    }
    if (value instanceof LocalDateTime t) {
      return t.format(TIME);
    }
    if (value instanceof Instant i) {
      return i.atZone(ClockProducer.OSLO).format(TIME);
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return quote(text);
  }

  private static String decimal(BigDecimal amount) {
    return amount.toPlainString().replace('.', ',');
  }

  private static String quote(String text) {
    if (text.indexOf(';') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
