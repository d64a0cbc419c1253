package no.biogrants.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Drafts for the tests that work through the applicant API (client side, so tests on a server
 * without test classes can use them too): content valid in every part, so a test can break one
 * thing at a time, and new drafts of the demo applicant.
 */
public final class ApiDrafts {

  private ApiDrafts() {}

  /**
   * The JSON fields that place a new draft where the demo applicant's (the key's) first application
   * is: {@code "companyId": …, "roundId": …}.
   */
  public static String companyAndRound(WebSession api, String key) {
    JsonObject any =
        json(api.api("GET", "/api/v1/applications", key, null).body())
            .asJsonArray()
            .getJsonObject(0);
    JsonObject application =
        json(api.api("GET", "/api/v1/applications/" + any.getJsonNumber("id"), key, null).body())
            .asJsonObject();
    return "\"companyId\": "
        + application.getJsonObject("company").getJsonNumber("id")
        + ", \"roundId\": "
        + application.getJsonObject("round").getJsonNumber("id");
  }

  /** The body of a new valid draft ({@link #validContent}) beside the applicant's first one. */
  public static String newDraftBody(WebSession api, String key) {
    return "{" + companyAndRound(api, key) + ", " + validContent() + "}";
  }

  /** A new valid draft of the applicant, created through the API; answers its id. */
  public static long newDraft(WebSession api, String key) {
    HttpResponse<String> created =
        api.api("POST", "/api/v1/applications", key, newDraftBody(api, key));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

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

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
