package no.biogrants.payment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.shared.Money;

/**
 * The payment file for the county's finance system: CSV in UTF-8, semicolon-separated, one header
 * line, one line per payment, amounts with a decimal point and two decimals (machine-readable, not
 * locale-formatted), bank account as 11 digits. A field containing a semicolon, a quote or a line
 * break is quoted, with quotes doubled (RFC 4180); a field starting with =, +, - or @ gets a
 * leading apostrophe so that a spreadsheet never runs it as a formula.
 */
public final class PaymentFile {

  static final String HEADER =
      "betalingsdato;kontonummer;belop;mottaker;organisasjonsnummer;referanse;melding;budsjettlinje;utbetaling_id";

  /** One payment: who gets what, and the text on their bank statement. */
  public record Line(
      LocalDate paymentDate,
      String bankAccount,
      Money amount,
      String payee,
      String orgNumber,
      String reference,
      String message,
      String budgetLine,
      long paymentId) {}

  private PaymentFile() {}

  public static byte[] write(List<Line> lines) {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (Line line : lines) {
      out.append(line.paymentDate())
          .append(';')
          .append(field(line.bankAccount()))
          .append(';')
          .append(line.amount().amount().toPlainString())
          .append(';')
          .append(field(line.payee()))
          .append(';')
          .append(field(line.orgNumber()))
          .append(';')
          .append(field(line.reference()))
          .append(';')
          .append(field(line.message()))
          .append(';')
          .append(field(line.budgetLine()))
          .append(';')
          .append(line.paymentId())
          .append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
