package no.biogrants.infrastructure.api;

import java.util.List;
import java.util.Locale;
import no.biogrants.shared.MoneyFormat;

/**
 * The language of the API's messages: English when the request's Accept-Language prefers it, else
 * bokmål.
 */
public final class ApiLanguage {

  private ApiLanguage() {}

  /** The first supported language among the acceptable ones (best first); bokmål when none is. */
  public static Locale of(List<Locale> acceptable) {
    for (Locale locale : acceptable == null ? List.<Locale>of() : acceptable) {
      switch (locale.getLanguage()) {
        case "en" -> {
          return Locale.ENGLISH;
        }
        case "nb", "no", "nn" -> {
          return MoneyFormat.NORWEGIAN;
        }
        default -> {}
      }
    }
    return MoneyFormat.NORWEGIAN;
  }
}
