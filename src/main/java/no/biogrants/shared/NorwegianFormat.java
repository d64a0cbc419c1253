package no.biogrants.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The one way an amount or a date is written where a person reads it and no page locale applies:
 * history lines, audit details, gate inputs. "110 000,00 kr" (through {@link MoneyFormat}),
 * "01.12.2026", "01.12.2026 14:05" (Europe/Oslo). The pages' {@code #{fmt.…}} write dates with the
 * same patterns. Never {@code BigDecimal.toString} or {@code LocalDate.toString} for a reader.
 */
public final class NorwegianFormat {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private NorwegianFormat() {}

  /** "110 000,00 kr"; "" for null. */
  public static String money(Money amount) {
    return MoneyFormat.format(amount, MoneyFormat.NORWEGIAN);
  }

  /** "110 000,00 kr"; "" for null. */
  public static String money(BigDecimal amount) {
    return MoneyFormat.format(amount, MoneyFormat.NORWEGIAN);
  }

  /** "01.12.2026"; "" for null. */
  public static String date(LocalDate date) {
    return date == null ? "" : date.format(DATE);
  }

  /** "01.12.2026 14:05" in Europe/Oslo; "" for null. */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : instant.atZone(ClockProducer.OSLO).format(DATE_TIME);
  }

  /** The date an instant falls on in Europe/Oslo: "01.12.2026"; "" for null. */
  public static String dateOf(Instant instant) {
    return instant == null ? "" : instant.atZone(ClockProducer.OSLO).format(DATE);
  }
}
