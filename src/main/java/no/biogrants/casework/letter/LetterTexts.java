package no.biogrants.casework.letter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;

/**
 * The letter's fixed texts from {@code letter.properties} (bokmål only) and the way it writes
 * dates, amounts and percentages. Arguments are formatted here, never by MessageFormat, so a number
 * in a text is always written the same way.
 */
final class LetterTexts {

  static final String BUNDLE = "no.biogrants.casework.letter.letter";

  private static final Locale BOKMAL = MoneyFormat.NORWEGIAN;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private LetterTexts() {}

  /**
   * The text under {@code key} with its placeholders filled in. A section sign is tied to its
   * number with a non-breaking space, so "§ 29" never breaks across lines.
   */
  static String text(String key, Object... arguments) {
    return new MessageFormat(TEXTS.getString(key).replaceAll("(§+) ", "$1\u00a0"), BOKMAL)
        .format(arguments);
  }

  /** The raw pattern, for a renderer that fills the placeholders itself (page numbers). */
  static String pattern(String key) {
    return TEXTS.getString(key);
  }

  /**
   * The scheme as the letter names it: its name and year ("BIO 2020"), but the year only once when
   * the name already holds it ("BIO 2020 Innlandet", not "BIO 2020 Innlandet 2020").
   */
  static String scheme(String name, int year) {
    String strippedName = name.strip();
    boolean named = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(strippedName).find();
    return named ? strippedName : strippedName + " " + year;
  }

  /** "26. mars 2024". */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "1 234 567,00 kr", as everywhere in the application. */
  static String money(Money amount) {
    return MoneyFormat.format(amount, BOKMAL);
  }

  /** "50 %", "37,5 %". */
  static String percent(BigDecimal percent) {
    return number(percent) + "\u00a0%";
  }

  /** "72,5": a plain number with a decimal comma and no trailing zeros. */
  static String number(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(BOKMAL));
    return format.format(value.stripTrailingZeros());
  }
}
