package no.biogrants.infrastructure.web;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What an audit line's action and entity codes say to a person ({@code STATUS_SUBMITTED} → "Status:
 * Sendt inn", {@code LEDGER_COMMITMENT} → "Postering: Tilsagn (bundet)", {@code GrantApplication} →
 * "Søknad"): the families made from an enum take that enum's labels, the rest a label of their own
 * ({@code audit.action.<CODE>}, {@code audit.entity.<Type>}); a code with no label is shown as it
 * is, so a new one is never hidden.
 */
final class AuditLabels {

  /** Action code prefix → the enum whose labels name the rest of the code. */
  private static final Map<String, String> FAMILIES =
      Map.of(
          "STATUS_", "ApplicationStatus",
          "LEDGER_", "LedgerEntryType",
          "APPEAL_", "AppealOutcome");

  private AuditLabels() {}

  static String action(Locale locale, String code) {
    if (code == null) {
      return "";
    }
    String own = "audit.action." + code;
    if (has(locale, own)) {
      return Messages.text(locale, own);
    }
    for (Map.Entry<String, String> family : FAMILIES.entrySet()) {
      String label = family.getValue() + "." + code.substring(family.getKey().length());
      if (code.startsWith(family.getKey()) && has(locale, label)) {
        return Messages.text(
            locale, "audit.family." + family.getKey(), Messages.text(locale, label));
      }
    }
    return code;
  }

  static String entity(Locale locale, String type) {
    if (type == null) {
      return "";
    }
    String key = "audit.entity." + type;
    return has(locale, key) ? Messages.text(locale, key) : type;
  }

  private static boolean has(Locale locale, String key) {
    return ResourceBundle.getBundle(Messages.BUNDLE, locale).containsKey(key);
  }
}
