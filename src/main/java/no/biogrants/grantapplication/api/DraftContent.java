package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * A draft's content from a request's JSON fields, through the domain's own constructors (so the API
 * keeps the same rules and messages as the form), refusing with every invalid field at once: the
 * content's fields first, then each cost line as {@code costItems[i].field}.
 */
final class DraftContent {

  /** The order the content's errors are listed in (the form's order). */
  private static final List<String> CONTENT_FIELDS =
      List.of("title", "description", "trainingPurpose", "amountApplied");

  private DraftContent() {}

  static ApplicationContent of(
      String title,
      String description,
      String trainingPurpose,
      BigDecimal amountApplied,
      List<CostItemJson> costItems) {
    List<FieldViolation> lineViolations = new ArrayList<>();
    List<CostItem> items = new ArrayList<>();
    List<CostItemJson> given = costItems == null ? List.of() : costItems;
    for (int i = 0; i < given.size(); i++) {
      CostItem item = item(given.get(i), "costItems[" + i + "]", lineViolations);
      if (item != null) {
        items.add(item);
      }
    }
    List<FieldViolation> violations = new ArrayList<>();
    TrainingPurpose purpose =
        enumValue(TrainingPurpose.class, trainingPurpose, "trainingPurpose", violations);
    Money amount = money(amountApplied, "amountApplied", violations);
    ApplicationContent content = null;
    try {
      content = new ApplicationContent(title, description, purpose, amount, items);
    } catch (InvalidInputException e) {
      addUnlessFieldTaken(violations, e.violations());
    }
    violations.sort(Comparator.comparingInt(v -> CONTENT_FIELDS.indexOf(v.field())));
    violations.addAll(lineViolations);
    InvalidInputException.throwIfAny(violations);
    return content;
  }

  private static CostItem item(CostItemJson line, String prefix, List<FieldViolation> violations) {
    if (line == null) {
      violations.add(FieldViolation.of(prefix, "api.costItem.required"));
      return null;
    }
    List<FieldViolation> found = new ArrayList<>();
    CostCategory category = enumValue(CostCategory.class, line.category(), "category", found);
    Money amount = money(line.amount(), "amount", found);
    CostItem item = null;
    try {
      item = new CostItem(category, line.description(), amount);
    } catch (InvalidInputException e) {
      addUnlessFieldTaken(found, e.violations());
    }
    found.forEach(v -> violations.add(v.within(prefix)));
    return found.isEmpty() ? item : null;
  }

  /**
   * The enum constant named {@code value}; null (and a violation) when it names none; null when
   * absent.
   */
  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String value, String field, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      violations.add(FieldViolation.of(field, "api.value.invalid", value, allowed));
      return null;
    }
  }

  /**
   * The amount as Money; a missing one is reported as required here (the domain only knows "not
   * negative").
   */
  private static Money money(BigDecimal amount, String field, List<FieldViolation> violations) {
    if (amount == null) {
      violations.add(FieldViolation.of(field, "validation.amount.required"));
      return null;
    }
    try {
      return Money.of(amount);
    } catch (InvalidInputException e) {
      e.violations()
          .forEach(v -> violations.add(new FieldViolation(field, v.messageKey(), v.arguments())));
      return null;
    }
  }

  /**
   * Adds the violations about fields not already refused (a value that could not be read is not
   * also "missing").
   */
  private static void addUnlessFieldTaken(
      List<FieldViolation> violations, List<FieldViolation> more) {
    for (FieldViolation v : more) {
      if (violations.stream().noneMatch(taken -> Objects.equals(taken.field(), v.field()))) {
        violations.add(v);
      }
    }
  }
}
