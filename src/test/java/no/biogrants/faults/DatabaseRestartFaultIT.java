package no.biogrants.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import no.biogrants.it.ApiDrafts;
import no.biogrants.it.Deployments;
import no.biogrants.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away while requests run, and comes back (a private MariaDB server, stopped and
 * started by the test): the readiness check goes DOWN and UP again; requests during the outage get
 * a 503 with a message in bokmål (never a 500 or a stack trace) and save nothing; after the restart
 * the same app, never restarted, answers again with every committed draft there and no draft that
 * was refused.
 */
@ExtendWith({PrivateMariaDb.class, ArquillianExtension.class})
@RunAsClient
class DatabaseRestartFaultIT {

  private static final String KEY = "demo-applicant-key";
  private static final String TITLE = "Feiltest under omstart";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @ArquillianResource private URL base;

  @Test
  void theAppRidesOutADatabaseRestartWithNothingLostAndNothingHalfSaved() throws Exception {
    WebSession api = new WebSession(base);
    assertThat(api.get("/health/ready").statusCode()).isEqualTo(200);
    String draft = titledDraft(api);
    Set<Long> committed = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 3; i++) {
      committed.add(created(api.api("POST", "/api/v1/applications", KEY, draft)));
    }

    // Requests keep coming while the database stops and starts again.
    AtomicBoolean running = new AtomicBoolean(true);
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    List<String> badAnswers = Collections.synchronizedList(new ArrayList<>());
    Thread load =
        new Thread(
            () -> {
              WebSession client = new WebSession(base);
              while (running.get()) {
                HttpResponse<String> answer =
                    client.api("POST", "/api/v1/applications", KEY, draft);
                statuses.add(answer.statusCode());
                if (answer.statusCode() == 201) {
                  committed.add(json(answer.body()).asJsonObject().getJsonNumber("id").longValue());
                } else if (answer.statusCode() != 503
                    || !json(answer.body())
                        .asJsonObject()
                        .getString("message")
                        .contains("Prøv igjen")) {
                  badAnswers.add(answer.statusCode() + " " + answer.body());
                }
                pause(100);
              }
            });
    load.start();
    pause(1000);
    PrivateMariaDb.stop();
    waitUntil(Duration.ofSeconds(60), () -> api.get("/health/ready").statusCode() == 503);
    HttpResponse<String> duringOutage = api.api("POST", "/api/v1/applications", KEY, draft);
    assertThat(duringOutage.statusCode()).isEqualTo(503);
    assertThat(json(duringOutage.body()).asJsonObject().getString("message"))
        .startsWith("Databasen svarer ikke");
    assertThat(duringOutage.headers().firstValue("Retry-After")).isPresent();
    pause(3000);
    PrivateMariaDb.start();
    waitUntil(Duration.ofSeconds(120), () -> api.get("/health/ready").statusCode() == 200);
    pause(2000);
    running.set(false);
    load.join(60_000);

    assertThat(badAnswers).isEmpty();
    assertThat(statuses).contains(503);
    Long after = created(api.api("POST", "/api/v1/applications", KEY, draft));
    committed.add(after);
    List<Long> stored =
        json(api.api("GET", "/api/v1/applications", KEY, null).body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("title").equals(TITLE))
            .map(a -> a.getJsonNumber("id").longValue())
            .toList();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(committed);
    System.out.printf(
        "FAULT database restart: requests=%d refused-with-503=%d committed=%d%n",
        statuses.size(), Collections.frequency(statuses, 503), committed.size());
  }

  /** A draft beside the demo applicant's first application, titled {@link #TITLE}. */
  private static String titledDraft(WebSession api) {
    return "{"
        + ApiDrafts.companyAndRound(api, KEY)
        + ", \"title\": \""
        + TITLE
        + "\", \"description\": \"Opprettet mens databasen startes på nytt.\", \"trainingPurpose\": \"DIGITAL\","
        + " \"amountApplied\": 50000, \"costItems\": [{\"category\": \"TRAINERS\", \"description\": \"Kurs\", \"amount\": 100000}]}";
  }

  private static Long created(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return json(answer.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private static void waitUntil(Duration limit, BooleanSupplier condition) {
    Instant end = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("waited " + limit.toSeconds() + " s in vain");
      }
      pause(500);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
