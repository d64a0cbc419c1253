package no.biogrants.grantapplication;

import java.util.List;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/** What the applicant writes: title, description, purpose, amount applied for and the cost plan. */
public record ApplicationContent(
    String title,
    String description,
    TrainingPurpose trainingPurpose,
    Money amountApplied,
    List<CostItem> costItems) {

  public ApplicationContent {
    title = title == null ? null : title.strip();
    description = description == null ? null : description.strip();
    GrantApplication.requireText(title, "validation.title.required", GrantApplication.TITLE_MAXLENGTH);
    GrantApplication.requireText(
        description, "validation.description.required", GrantApplication.DESCRIPTION_MAXLENGTH);
    if (trainingPurpose == null) {
      throw new InvalidInputException("validation.purpose.required");
    }
    if (amountApplied == null || amountApplied.isNegative()) {
      throw new InvalidInputException("validation.amount.notNegative");
    }
    costItems = List.copyOf(costItems);
  }
}
