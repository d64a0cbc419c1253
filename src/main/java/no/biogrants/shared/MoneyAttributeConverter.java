package no.biogrants.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores {@link Money} as DECIMAL(19,2). */
@Converter(autoApply = true)
public class MoneyAttributeConverter implements AttributeConverter<Money, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Money money) {
    return money == null ? null : money.amount();
  }

  @Override
  public Money convertToEntityAttribute(BigDecimal amount) {
    return amount == null
        ? null
        : Money.fromSql(amount); // a stored amount is trusted: never refused on reading
  }
}
