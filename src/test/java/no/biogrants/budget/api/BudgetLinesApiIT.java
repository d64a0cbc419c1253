package no.biogrants.budget.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.biogrants.demo.DemoDataLoader;
import no.biogrants.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read-only budget API as an analyst's tool sees it, over HTTP against the real WAR on MariaDB:
 * a key is required, the 2020 lines carry the published split, bad input gets a clear JSON message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.DEMO_SERVER)
class BudgetLinesApiIT {

  private static final String KEY = "demo-analyst-key";

  @Deployment
  static WebArchive deployment() {
    return Deployments.demoServer();
  }

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void withoutAValidKeyTheAnswerIs401WithAMessage() throws Exception {
    HttpResponse<String> none = get("/api/v1/budget-lines?year=2020", null);
    HttpResponse<String> wrong = get("/api/v1/budget-lines?year=2020", "not-a-key");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(json(none.body()).asJsonObject().getString("message")).contains("API-nøkkel");
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void the2020LinesSumToTheNationalAllocationsPerSource() throws Exception {
    HttpResponse<String> response = get("/api/v1/budget-lines?year=2020", KEY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    // The demo's two published allocations (a test's own lines on this server are left out).
    List<JsonObject> lines = published(json(response.body()).asJsonArray());
    assertThat(lines).hasSize(22);
    BigDecimal bio = BigDecimal.ZERO;
    BigDecimal crisis = BigDecimal.ZERO;
    for (JsonObject line : lines) {
      BigDecimal allocated = line.getJsonNumber("allocated").bigDecimalValue();
      BigDecimal committed = line.getJsonNumber("committed").bigDecimalValue();
      assertThat(line.getJsonNumber("available").bigDecimalValue())
          .isEqualByComparingTo(allocated.subtract(committed));
      if (line.getString("allocation").startsWith("BIO 2020")) {
        bio = bio.add(allocated);
        assertThat(line.getJsonArray("purposes")).containsExactly(Json.createValue("BIO"));
      } else {
        crisis = crisis.add(allocated);
        assertThat(line.getBoolean("flexible")).isTrue();
      }
    }
    assertThat(bio).isEqualByComparingTo("105000000");
    assertThat(crisis).isEqualByComparingTo("250000000");
  }

  @Test
  void aCountyFilterGivesThatCountysLinesAndTheirLedger() throws Exception {
    List<JsonObject> lines =
        published(json(get("/api/v1/budget-lines?year=2020&county=34", KEY).body()).asJsonArray());

    assertThat(lines).hasSize(2);
    JsonObject bioLine =
        lines.stream()
            .filter(l -> l.getString("allocation").startsWith("BIO"))
            .findFirst()
            .orElseThrow();
    assertThat(bioLine.getString("county")).isEqualTo("34");
    assertThat(bioLine.getString("countyName")).isEqualTo("Innlandet");
    assertThat(bioLine.getJsonNumber("allocated").bigDecimalValue())
        .isEqualByComparingTo("7218000");

    JsonArray ledger =
        json(get("/api/v1/budget-lines/" + bioLine.getJsonNumber("id") + "/ledger", KEY).body())
            .asJsonArray();
    BigDecimal allocated = BigDecimal.ZERO;
    BigDecimal committed = BigDecimal.ZERO;
    for (JsonValue value : ledger) {
      JsonObject entry = value.asJsonObject();
      BigDecimal amount = entry.getJsonNumber("amount").bigDecimalValue();
      switch (entry.getString("type")) {
        case "ALLOCATION" -> allocated = allocated.add(amount);
        case "COMMITMENT" -> committed = committed.add(amount);
        default -> {}
      }
    }
    assertThat(allocated)
        .isEqualByComparingTo(bioLine.getJsonNumber("allocated").bigDecimalValue());
    assertThat(committed)
        .isEqualByComparingTo(bioLine.getJsonNumber("committed").bigDecimalValue());
  }

  @Test
  void badInputGetsAClearMessageNotAStackTrace() throws Exception {
    HttpResponse<String> noYear = get("/api/v1/budget-lines", KEY);
    HttpResponse<String> badYear = get("/api/v1/budget-lines?year=20x0", KEY);
    HttpResponse<String> badCounty = get("/api/v1/budget-lines?year=2020&county=%3Cscript%3E", KEY);
    HttpResponse<String> noLine = get("/api/v1/budget-lines/999999/ledger", KEY);
    HttpResponse<String> notANumber = get("/api/v1/budget-lines/abc/ledger", KEY);

    assertThat(noYear.statusCode()).isEqualTo(400);
    assertThat(json(noYear.body()).asJsonObject().getString("message")).contains("year=ÅÅÅÅ");
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(json(badYear.body()).asJsonObject().getString("message"))
        .contains("«20x0» er ikke et gyldig år");
    assertThat(badCounty.statusCode()).isEqualTo(400);
    assertThat(noLine.statusCode()).isEqualTo(404);
    assertThat(notANumber.statusCode()).isEqualTo(404);
    for (HttpResponse<String> response : List.of(noYear, badYear, badCounty, noLine, notANumber)) {
      assertThat(response.body()).doesNotContain("Exception", "at no.biogrants", "<html");
    }
  }

  /** The lines of the demo's published 2020 allocations (105 and 250 MNOK). */
  private static List<JsonObject> published(JsonArray lines) {
    return lines.stream()
        .map(JsonValue::asJsonObject)
        .filter(
            l ->
                List.of(DemoDataLoader.BIO_ALLOCATION, DemoDataLoader.CRISIS_ALLOCATION)
                    .contains(l.getString("allocation")))
        .toList();
  }

  private HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
