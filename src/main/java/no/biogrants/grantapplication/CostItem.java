package no.biogrants.grantapplication;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * A cost plan line as typed by the applicant: category, description and amount. Refuses invalid
 * values with every one found at once, each named by its component's name.
 */
public record CostItem(CostCategory category, String description, Money amount) {

  public CostItem {
    List<FieldViolation> violations = new ArrayList<>();
    if (category == null) {
      violations.add(FieldViolation.of("category", "validation.cost.categoryRequired"));
    }
    if (description == null || description.isBlank()) {
      violations.add(FieldViolation.of("description", "validation.cost.descriptionRequired"));
    } else if (description.length() > CostPlanLine.DESCRIPTION_MAXLENGTH) {
      violations.add(
          FieldViolation.of(
              "description", "validation.tooLong", CostPlanLine.DESCRIPTION_MAXLENGTH));
    }
    if (amount == null || amount.isNegative()) {
      violations.add(FieldViolation.of("amount", "validation.amount.notNegative"));
    }
    InvalidInputException.throwIfAny(violations);
    description = description.strip();
  }
}
