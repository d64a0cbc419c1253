package no.biogrants.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way money is shown: "1 234 567,50 kr" (bokmål: non-breaking space as grouping, comma as
 * decimal mark, "kr" after the amount), or "NOK 1,234,567.50" in English. Tests format through this
 * class too.
 */
public final class MoneyFormat {

  public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

  private MoneyFormat() {}

  public static String format(Money money, Locale locale) {
    return money == null ? "" : format(money.amount(), locale);
  }

  public static String format(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    boolean english = locale != null && "en".equals(locale.getLanguage());
    DecimalFormat format =
        new DecimalFormat(
            "#,##0.00", DecimalFormatSymbols.getInstance(english ? Locale.UK : NORWEGIAN));
    String number = format.format(amount);
    return english ? "NOK " + number : number + "\u00a0kr";
  }
}
