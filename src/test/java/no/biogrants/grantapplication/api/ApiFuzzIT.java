package no.biogrants.grantapplication.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.it.ApiDrafts;
import no.biogrants.it.Deployments;
import no.biogrants.it.WebSession;
import no.biogrants.shared.FreeText;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input to every field of the applicant API, over HTTP against the real WAR on MariaDB:
 * each field of a valid draft change (and of a new draft) is replaced in turn by overlong text,
 * HTML and script, SQL meta characters, control characters, wrong number formats, negative and huge
 * amounts, impossible dates, unknown enum values and values of the wrong JSON type; plus broken
 * bodies and ids. Every answer is a 200 or a 400 in JSON with messages in bokmål (never a 500,
 * never a stack trace); after a 400 the draft is exactly as before (nothing half-saved); after a
 * 200 the hostile text comes back verbatim as data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

  private static final String KEY = "demo-applicant-key";

  /** The values every field gets, whatever its type. */
  private static final List<String> HOSTILE =
      List.of(
          "\"" + "x".repeat(5000) + "\"",
          "\"<script>alert('x')</script>\"",
          "\"' OR 1=1; DROP TABLE grant_application; --\"",
          "\"\\u0000\\u001b[31m\"",
          "\"\"",
          "\"   \"",
          "\"😀" + "😀".repeat(300) + "\"",
          "\"12,50\"",
          "-1",
          "0",
          "1e30",
          "123.456",
          "99999999999999999999999",
          "true",
          "null",
          "{}",
          "[]",
          "[1,2]",
          "\"2026-02-30\"",
          "\"31.12.2026\"",
          "\"UNKNOWN_VALUE\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void everyFieldOfADraftChangeTakesHostileValuesWithAClearAnswerAndNothingHalfSaved() {
    WebSession api = new WebSession(base);
    JsonObject created =
        json(api.api("POST", "/api/v1/applications", KEY, ApiDrafts.newDraftBody(api, KEY)).body())
            .asJsonObject();
    long id = created.getJsonNumber("id").longValue();
    JsonObject valid = json("{" + ApiDrafts.validContent() + "}").asJsonObject();
    List<String> fields = leaves(valid, "");
    assertThat(fields).hasSizeGreaterThan(20);
    SoftAssertions softly = new SoftAssertions();
    int sent = 0;
    for (String field : fields) {
      for (String hostile : HOSTILE) {
        String before = api.api("GET", "/api/v1/applications/" + id, KEY, null).body();
        long version = json(before).asJsonObject().getJsonNumber("version").longValue();
        JsonObject change = replace(valid, field, json(hostile)).asJsonObject();
        String body = Json.createObjectBuilder(change).add("version", version).build().toString();
        HttpResponse<String> answer = api.api("PUT", "/api/v1/applications/" + id, KEY, body);
        sent++;
        String what = field + " = " + abbreviated(hostile);
        checkAnswer(softly, answer, what);
        if (answer.statusCode() == 400) {
          softly
              .assertThat(api.api("GET", "/api/v1/applications/" + id, KEY, null).body())
              .as("unchanged after refusing %s", what)
              .isEqualTo(before);
        } else if (answer.statusCode() == 200) {
          JsonValue stored = pick(json(answer.body()).asJsonObject(), field);
          if (hostile.startsWith("\"")
              && stored != null
              && stored.getValueType() == JsonValue.ValueType.STRING
              && hostile.length() < 400) {
            String raw = ((JsonString) json(hostile)).getString();
            // Stored as sent, but for invisible and control characters, which are removed
            // (rule INF-W8), and the surrounding blanks.
            String clean = FreeText.clean(raw);
            softly
                .assertThat(stored.toString())
                .as("stored verbatim but for invisible characters: %s", what)
                .isIn(
                    Json.createValue(raw).toString(),
                    Json.createValue(raw.strip()).toString(),
                    Json.createValue(clean).toString(),
                    Json.createValue(clean.strip()).toString());
          }
          long now = json(answer.body()).asJsonObject().getJsonNumber("version").longValue();
          HttpResponse<String> reset =
              api.api(
                  "PUT",
                  "/api/v1/applications/" + id,
                  KEY,
                  Json.createObjectBuilder(valid).add("version", now).build().toString());
          softly
              .assertThat(reset.statusCode())
              .as("back to the valid draft after %s", what)
              .isEqualTo(200);
        }
      }
    }

    // Broken bodies, ids and new drafts.
    for (String body :
        List.of(
            "",
            "{",
            "[]",
            "\"tekst\"",
            "{\"version\": \"en\"}",
            "{\"costItems\": \"alle\"}",
            "{" + "\"a\":1,".repeat(20000) + "\"b\":2}")) {
      sent++;
      checkAnswer(
          softly,
          api.api("PUT", "/api/v1/applications/" + id, KEY, body),
          "body " + abbreviated(body));
    }
    for (String badId :
        List.of("abc", "-1", "0", "99999999999999999999999", "1%27%20OR%201=1", "%00")) {
      for (String path :
          List.of("/api/v1/applications/" + badId, "/api/v1/applications/" + badId + "/messages")) {
        HttpResponse<String> answer = api.api("GET", path, KEY, null);
        sent++;
        softly.assertThat(answer.statusCode()).as("GET %s", path).isIn(400, 403, 404);
        softly.assertThat(answer.body()).as("GET %s", path).doesNotContain("Exception", "\tat ");
      }
    }
    JsonObject draft = json(ApiDrafts.newDraftBody(api, KEY)).asJsonObject();
    for (String field : List.of("companyId", "roundId")) {
      for (String hostile : HOSTILE) {
        sent++;
        HttpResponse<String> answer =
            api.api(
                "POST",
                "/api/v1/applications",
                KEY,
                replace(draft, field, json(hostile)).toString());
        checkAnswer(softly, answer, "new draft " + field + " = " + abbreviated(hostile));
        softly
            .assertThat(answer.statusCode())
            .as("new draft %s = %s", field, abbreviated(hostile))
            .isNotEqualTo(201);
      }
    }
    softly.assertAll();
    System.out.printf(
        "FUZZ api fields=%d values=%d requests=%d%n", fields.size(), HOSTILE.size(), sent);
  }

  /**
   * A 200, 400, 403 or 413 in JSON whose messages are sentences in bokmål: never a 500 or a stack
   * trace.
   */
  private static void checkAnswer(SoftAssertions softly, HttpResponse<String> answer, String what) {
    softly.assertThat(answer.statusCode()).as("status for %s", what).isIn(200, 400, 403, 413);
    softly
        .assertThat(answer.body())
        .as("no stack trace for %s", what)
        .doesNotContain("Exception", "\tat ", "<html", "<!DOCTYPE");
    if (answer.statusCode() == 400) {
      JsonObject error = json(answer.body()).asJsonObject();
      String message = error.getString("message", "");
      softly
          .assertThat(message)
          .as("message for %s", what)
          .isNotBlank()
          .doesNotMatch("[a-z]+(\\.[a-zA-Z]+)+");
      if (error.containsKey("errors")) {
        for (String line : ApiDrafts.fieldErrors(error)) {
          softly
              .assertThat(line)
              .as("field error for %s", what)
              .doesNotMatch(".*: [a-z]+(\\.[a-zA-Z]+)+$");
        }
      }
    }
  }

  /** Every leaf of the JSON as a path like {@code details/trainingPlan/0/hours}. */
  private static List<String> leaves(JsonValue value, String path) {
    List<String> found = new ArrayList<>();
    switch (value.getValueType()) {
      case OBJECT ->
          value
              .asJsonObject()
              .forEach((k, v) -> found.addAll(leaves(v, path.isEmpty() ? k : path + "/" + k)));
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          found.addAll(leaves(array.get(i), path + "/" + i));
        }
      }
      default -> found.add(path);
    }
    return found;
  }

  private static JsonObject replace(JsonObject root, String path, JsonValue with) {
    return Json.createPointer("/" + path).replace(root, with);
  }

  private static JsonValue pick(JsonObject root, String path) {
    try {
      return Json.createPointer("/" + path).getValue(root);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
