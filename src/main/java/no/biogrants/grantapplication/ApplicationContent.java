package no.biogrants.grantapplication;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.FreeText;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * What the applicant writes: title, description, purpose, amount applied for and the cost plan.
 * Refuses invalid values with every one found at once, each named by its component's name.
 */
public record ApplicationContent(
    String title,
    String description,
    TrainingPurpose trainingPurpose,
    Money amountApplied,
    List<CostItem> costItems) {

  public ApplicationContent {
    title = title == null ? null : FreeText.clean(title).strip();
    description = description == null ? null : FreeText.clean(description).strip();
    List<FieldViolation> violations = new ArrayList<>();
    TextChecks.checkText(
        title, "title", "validation.title.required", GrantApplication.TITLE_MAXLENGTH, violations);
    TextChecks.checkText(
        description,
        "description",
        "validation.description.required",
        GrantApplication.DESCRIPTION_MAXLENGTH,
        violations);
    if (trainingPurpose == null) {
      violations.add(FieldViolation.of("trainingPurpose", "validation.purpose.required"));
    }
    if (amountApplied == null || amountApplied.isNegative()) {
      violations.add(FieldViolation.of("amountApplied", "validation.amount.notNegative"));
    }
    InvalidInputException.throwIfAny(violations);
    costItems = List.copyOf(costItems == null ? List.of() : costItems);
  }
}
