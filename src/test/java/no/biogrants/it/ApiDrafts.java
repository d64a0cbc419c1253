package no.biogrants.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Draft content for the applicant API's tests: valid in every part, so a test can break one thing
 * at a time.
 */
public final class ApiDrafts {

  private ApiDrafts() {}

  /**
   * Training 150 000 + wages 50 000: eligible 200 000, at most 100 000 (50 %); applies for 80 000.
   */
  public static String validContent() {
    return "\"title\": \"Digital omstilling i produksjonen\", \"description\": \"Ny styring av produksjonslinjen.\","
        + " \"trainingPurpose\": \"DIGITAL\", \"amountApplied\": 80000,"
        + " \"costItems\": [{\"category\": \"TRAINERS\", \"description\": \"Kurs\", \"amount\": 150000},"
        + " {\"category\": \"PARTICIPANT_WAGES\", \"description\": \"Lønn\", \"amount\": 50000.00}], "
        + details();
  }

  /**
   * The form's other steps, filled so that no rule is broken: from two weeks on, one plan line, the
   * committee.
   */
  public static String details() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    return "\"details\": {\"restructuring\": \"Ny produksjon.\", \"trainingStart\": \""
        + today.plusWeeks(2)
        + "\", \"trainingEnd\": \""
        + today.plusMonths(3)
        + "\", \"trainingPlan\": [{\"what\": \"Kurs\", \"provider\": \"EXTERNAL\","
        + " \"hours\": 40, \"weeks\": 8, \"participants\": 10, \"laidOff\": 2, \"apprentices\": 0}],"
        + " \"committeeManagement\": \"Daglig leder\", \"committeeEmployees\": \"Tillitsvalgt\"}";
  }

  /** A 400's field errors as "field: message" (just the message when it has no field). */
  public static List<String> fieldErrors(JsonObject error) {
    return error.getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(
            e ->
                (!e.containsKey("field") || e.isNull("field") ? "" : e.getString("field") + ": ")
                    + e.getString("message"))
        .toList();
  }
}
