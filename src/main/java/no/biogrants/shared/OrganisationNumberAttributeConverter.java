package no.biogrants.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link OrganisationNumber} as CHAR(9). */
@Converter(autoApply = true)
public class OrganisationNumberAttributeConverter
    implements AttributeConverter<OrganisationNumber, String> {

  @Override
  public String convertToDatabaseColumn(OrganisationNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public OrganisationNumber convertToEntityAttribute(String value) {
    return value == null ? null : new OrganisationNumber(value);
  }
}
