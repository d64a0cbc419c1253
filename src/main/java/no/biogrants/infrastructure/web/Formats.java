package no.biogrants.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;
import no.biogrants.shared.NorwegianFormat;
import no.biogrants.shared.Rate;

/**
 * Norwegian formats for pages: {@code #{fmt.money(x)}}, {@code #{fmt.date(d)}}; dates through
 * {@link NorwegianFormat}, as history and audit lines are written.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  public String money(Object amount) {
    if (amount instanceof Money m) {
      return MoneyFormat.format(m, Messages.locale());
    }
    if (amount instanceof BigDecimal b) {
      return MoneyFormat.format(b, Messages.locale());
    }
    return "";
  }

  public String date(Object value) {
    if (value instanceof LocalDate d) {
      return NorwegianFormat.date(d);
    }
    if (value instanceof Instant i) {
      return NorwegianFormat.dateTime(i);
    }
    return "";
  }

  /** A rate as a percentage: "75 %". */
  public String percent(Object rate) {
    if (rate instanceof Rate r) {
      return r.percent().stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
    return "";
  }

  public String score(BigDecimal score) {
    return score == null ? "–" : score.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** The bundle label of an enum value: {@code <EnumSimpleName>.<NAME>}. */
  public String label(Enum<?> value) {
    return value == null
        ? ""
        : Messages.text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** An audit line's action code as words ({@link AuditLabels}). */
  public String auditAction(String code) {
    return AuditLabels.action(Messages.locale(), code);
  }

  /** An audit line's entity type as a word ({@link AuditLabels}). */
  public String auditEntity(String type) {
    return AuditLabels.entity(Messages.locale(), type);
  }
}
