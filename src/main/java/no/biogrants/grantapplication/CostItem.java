package no.biogrants.grantapplication;

import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/** A cost plan line as typed by the applicant: category, description and amount. */
public record CostItem(CostCategory category, String description, Money amount) {

  public CostItem {
    if (category == null) {
      throw new InvalidInputException("validation.cost.categoryRequired");
    }
    if (description == null || description.isBlank()) {
      throw new InvalidInputException("validation.cost.descriptionRequired");
    }
    if (description.length() > CostPlanLine.DESCRIPTION_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", CostPlanLine.DESCRIPTION_MAXLENGTH);
    }
    if (amount == null || amount.isNegative()) {
      throw new InvalidInputException("validation.amount.notNegative");
    }
    description = description.strip();
  }
}
