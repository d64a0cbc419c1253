package no.biogrants.grantapplication.web;

/** The application form's fields as the messages of a refused save name them. */
final class ApplicationFields {

  private ApplicationFields() {}

  /**
   * Where a refused save's message goes: next to the field its key names, else the top of the page.
   */
  static String fieldOf(String messageKey) {
    String field =
        switch (messageKey) {
          case "validation.title.required" -> "title";
          case "validation.description.required" -> "description";
          case "validation.purpose.required" -> "purpose";
          case "validation.amount.notNegative", "validation.amount.decimals" -> "amountApplied";
          case "validation.plan.whatRequired",
              "validation.plan.providerRequired",
              "validation.plan.hours",
              "validation.plan.weeks",
              "validation.plan.participants",
              "validation.plan.notNegative" ->
              "planLines";
          case "validation.deMinimis.grantorRequired", "validation.deMinimis.year" -> "aidLines";
          case "validation.cost.descriptionRequired", "validation.cost.categoryRequired" ->
              "costLines";
          default -> null;
        };
    return field == null ? null : "applicationForm:" + field;
  }
}
