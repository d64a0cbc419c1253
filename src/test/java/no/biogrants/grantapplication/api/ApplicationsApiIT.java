package no.biogrants.grantapplication.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.biogrants.it.ApiDrafts;
import no.biogrants.it.Browser;
import no.biogrants.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicant's API as the applicant's own tool sees it, over HTTP against the real WAR on
 * MariaDB (plus {@link ApiFixturesServlet} for what only other users can do): the demo applicant's
 * key lists their companies' applications; a draft is made (201), changed with its version (409
 * when stale), refused with every broken rule in bokmål (400) and submitted (reference YYYY-NNNN);
 * another company's application answers 403; no, wrong or revoked keys 401; an analyst's key does
 * not reach the applications and an applicant's not the budget lines; questions are answered; the
 * OpenAPI document lists the calls; a key made on the page works at once and stops when revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.DEMO_SERVER)
class ApplicationsApiIT {

  private static final String KEY = "demo-applicant-key";
  private static final String ANALYST_KEY = "demo-analyst-key";
  private static final String OTHER_APPLICANT = "soker.46";

  @Deployment
  static WebArchive deployment() {
    return Deployments.demoServer();
  }

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theDemoApplicantsKeyListsTheirCompaniesApplications() throws Exception {
    HttpResponse<String> response = call("GET", "/api/v1/applications", KEY, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonArray list = json(response.body()).asJsonArray();
    assertThat(list).isNotEmpty();
    Set<Long> companies =
        list.stream()
            .map(v -> v.asJsonObject().getJsonObject("company").getJsonNumber("id").longValue())
            .collect(Collectors.toSet());
    assertThat(companies).hasSize(2);
    JsonObject first = list.getJsonObject(0);
    assertThat(first.keySet())
        .contains("id", "title", "company", "status", "statusText", "amountApplied", "version");
    for (JsonValue value : list) {
      JsonObject application = value.asJsonObject();
      if (application.containsKey("reference") && !application.isNull("reference")) {
        assertThat(application.getString("reference")).matches("\\d{4}-\\d{4}");
        assertThat(application.getString("submittedAt")).endsWith("Z");
      }
      assertThat(application.getJsonNumber("amountApplied").bigDecimalValue().scale()).isEqualTo(2);
    }

    List<Long> others =
        ids(call("GET", "/api/v1/applications", keyOf(OTHER_APPLICANT).key(), null));
    assertThat(others).doesNotContainAnyElementsOf(ids(response));
  }

  @Test
  void apiA5_apiA6_aDraftIsMadeWith201AndItsAddressThenReadWithItsRulesAndHistory()
      throws Exception {
    HttpResponse<String> created = call("POST", "/api/v1/applications", KEY, draft(validContent()));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject draft = json(created.body()).asJsonObject();
    long id = draft.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/api/v1/applications/" + id));
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("statusText")).isEqualTo("Utkast");
    assertThat(draft.containsKey("reference")).isFalse();

    JsonObject read =
        json(call("GET", "/api/v1/applications/" + id, KEY, null).body()).asJsonObject();
    assertThat(read.getString("title")).isEqualTo("Digital omstilling i produksjonen");
    assertThat(read.getJsonArray("costItems")).hasSize(2);
    assertThat(read.getJsonArray("costItems").getJsonObject(0).getString("category"))
        .isEqualTo("TRAINERS");
    assertThat(read.getJsonNumber("eligibleCosts").bigDecimalValue())
        .isEqualByComparingTo("200000");
    assertThat(read.getJsonNumber("maximumGrant").bigDecimalValue()).isEqualByComparingTo("100000");
    assertThat(read.getJsonNumber("amountApplied").toString()).isEqualTo("80000.00");
    assertThat(read.getJsonArray("brokenRules")).isEmpty();
    assertThat(read.getJsonArray("history"))
        .singleElement()
        .satisfies(h -> assertThat(h.asJsonObject().getString("to")).isEqualTo("DRAFT"));
    assertThat(read.getJsonNumber("version").longValue())
        .isEqualTo(draft.getJsonNumber("version").longValue());
    assertThat(ids(call("GET", "/api/v1/applications", KEY, null))).contains(id);
  }

  @Test
  void apiA3_apiA7_invalidInputIs400WithEveryFieldErrorInBokmalOrEnglishOnRequest()
      throws Exception {
    String body =
        draft(
            "\"title\": \" \", \"trainingPurpose\": \"DIGITALT\", \"amountApplied\": 10.005,"
                + " \"costItems\": [{\"category\": \"TRAINERS\", \"description\": \"Kurs\", \"amount\": -5}]");

    HttpResponse<String> bokmal = call("POST", "/api/v1/applications", KEY, body);
    HttpResponse<String> english =
        send(request("POST", "/api/v1/applications", KEY, body).header("Accept-Language", "en"));

    assertThat(bokmal.statusCode()).isEqualTo(400);
    JsonObject error = json(bokmal.body()).asJsonObject();
    assertThat(error.getInt("status")).isEqualTo(400);
    assertThat(error.getString("message")).isEqualTo("Skriv en tittel.");
    assertThat(fieldErrors(error))
        .containsExactly(
            "title: Skriv en tittel.",
            "description: Beskriv omstillingen og opplæringen.",
            "trainingPurpose: «DIGITALT» er ikke en gyldig verdi. Gyldige verdier: DIGITAL, GREEN_TRANSITION, PRODUCTION_RESTRUCTURING, NEW_MARKETS, HEALTH_SAFETY, LANGUAGE, OTHER.",
            "amountApplied: Beløpet kan ha høyst to desimaler (10.005).",
            "costItems[0].amount: Beløpet kan ikke være negativt.");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(json(english.body()).asJsonObject().getString("message"))
        .doesNotContain("Skriv")
        .isNotBlank();

    HttpResponse<String> notJson =
        call("POST", "/api/v1/applications", KEY, "{\"companyId\": \"en\"");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson.body()).asJsonObject().getString("message")).contains("gyldig JSON");
    HttpResponse<String> noIds =
        call("POST", "/api/v1/applications", KEY, "{" + validContent() + "}");
    assertThat(fieldErrors(json(noIds.body()).asJsonObject()))
        .containsExactly(
            "companyId: Oppgi bedriften (companyId).", "roundId: Oppgi søknadsrunden (roundId).");
  }

  @Test
  void apiA4_aChangeWithAStaleVersionIs409AndSavesNothing() throws Exception {
    JsonObject draft =
        json(call("POST", "/api/v1/applications", KEY, draft(validContent())).body())
            .asJsonObject();
    long id = draft.getJsonNumber("id").longValue();
    long version = draft.getJsonNumber("version").longValue();

    HttpResponse<String> first =
        call(
            "PUT",
            "/api/v1/applications/" + id,
            KEY,
            "{\"version\": "
                + version
                + ", "
                + validContent().replace("Digital omstilling i produksjonen", "Første endring")
                + "}");
    HttpResponse<String> stale =
        call(
            "PUT",
            "/api/v1/applications/" + id,
            KEY,
            "{\"version\": "
                + version
                + ", "
                + validContent().replace("Digital omstilling i produksjonen", "Andre endring")
                + "}");
    HttpResponse<String> noVersion =
        call("PUT", "/api/v1/applications/" + id, KEY, "{" + validContent() + "}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first.body()).asJsonObject().getJsonNumber("version").longValue())
        .isGreaterThan(version);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale.body()).asJsonObject().getString("message"))
        .startsWith("Søknaden er endret etter at du hentet den");
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(fieldErrors(json(noVersion.body()).asJsonObject()).get(0)).startsWith("version: ");
    assertThat(
            json(call("GET", "/api/v1/applications/" + id, KEY, null).body())
                .asJsonObject()
                .getString("title"))
        .isEqualTo("Første endring");
  }

  @Test
  void apiA3_submittingWithBrokenRulesIs400WithEveryRuleAndAValidOneGetsItsReference()
      throws Exception {
    String wagesOnly =
        "\"title\": \"Lønn\", \"description\": \"Bare lønn\", \"trainingPurpose\": \"OTHER\", \"amountApplied\": 900000,"
            + " \"costItems\": [{\"category\": \"PARTICIPANT_WAGES\", \"description\": \"Lønn\", \"amount\": 100000}], "
            + ApiDrafts.details();
    long broken =
        json(call("POST", "/api/v1/applications", KEY, draft(wagesOnly)).body())
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();

    JsonObject read =
        json(call("GET", "/api/v1/applications/" + broken, KEY, null).body()).asJsonObject();
    HttpResponse<String> refused =
        call("POST", "/api/v1/applications/" + broken + "/submit", KEY, null);

    assertThat(read.getJsonArray("brokenRules")).hasSize(2);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fieldErrors(json(refused.body()).asJsonObject()))
        .containsExactly(
            "costItems: Opplæringskostnadene (a–e) må utgjøre minst en tredjedel av de støtteberettigede kostnadene; lønn til deltakere (f) kan utgjøre høyst to tredjedeler.",
            "amountApplied: Søkt beløp er høyere enn det reglene tillater.");
    assertThat(
            json(call("GET", "/api/v1/applications/" + broken, KEY, null).body())
                .asJsonObject()
                .getString("status"))
        .isEqualTo("DRAFT");

    long valid =
        json(call("POST", "/api/v1/applications", KEY, draft(validContent())).body())
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> submitted =
        call("POST", "/api/v1/applications/" + valid + "/submit", KEY, null);

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject application = json(submitted.body()).asJsonObject();
    assertThat(application.getString("reference")).matches("\\d{4}-\\d{4}");
    assertThat(application.getString("status")).isEqualTo("SUBMITTED");
    assertThat(
            application.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("to"))
                .toList())
        .containsExactly("DRAFT", "SUBMITTED");
    HttpResponse<String> again =
        call("POST", "/api/v1/applications/" + valid + "/submit", KEY, null);
    assertThat(again.statusCode()).isEqualTo(400);
    HttpResponse<String> change =
        call(
            "PUT",
            "/api/v1/applications/" + valid,
            KEY,
            "{\"version\": " + application.getJsonNumber("version") + ", " + validContent() + "}");
    assertThat(change.statusCode()).isEqualTo(400);
    assertThat(json(change.body()).asJsonObject().getString("message"))
        .isEqualTo("Søknaden kan ikke endres når den har status Sendt inn.");

    HttpResponse<String> withdrawn =
        call("POST", "/api/v1/applications/" + broken + "/withdraw", KEY, null);
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(json(withdrawn.body()).asJsonObject().getString("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void apiA2_anotherCompanysApplicationIs403AndLooksTheSameAsOneThatDoesNotExist()
      throws Exception {
    long id =
        json(call("POST", "/api/v1/applications", KEY, draft(validContent())).body())
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    String other = keyOf(OTHER_APPLICANT).key();

    HttpResponse<String> read = call("GET", "/api/v1/applications/" + id, other, null);
    HttpResponse<String> missing = call("GET", "/api/v1/applications/987654321", other, null);

    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(read.body()).isEqualTo(missing.body());
    assertThat(json(read.body()).asJsonObject().getString("message"))
        .isEqualTo("Du har ikke tilgang til dette.");
    assertThat(
            call(
                    "PUT",
                    "/api/v1/applications/" + id,
                    other,
                    "{\"version\": 0, " + validContent() + "}")
                .statusCode())
        .isEqualTo(403);
    assertThat(call("POST", "/api/v1/applications/" + id + "/submit", other, null).statusCode())
        .isEqualTo(403);
    assertThat(call("POST", "/api/v1/applications/" + id + "/withdraw", other, null).statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "/api/v1/applications/" + id + "/messages", other, null).statusCode())
        .isEqualTo(403);
    assertThat(
            call(
                    "POST",
                    "/api/v1/applications/" + id + "/messages/answer",
                    other,
                    "{\"answer\": \"Ja\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(call("POST", "/api/v1/applications", other, draft(validContent())).statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "/api/v1/applications/abc", other, null).statusCode()).isEqualTo(404);
    assertThat(
            json(call("GET", "/api/v1/applications/" + id, KEY, null).body())
                .asJsonObject()
                .getString("status"))
        .isEqualTo("DRAFT");
  }

  @Test
  void apiA1_withoutAValidKeyTheAnswerIs401AndARevokedKeyStopsAtOnce() throws Exception {
    NewKey made = keyOf(OTHER_APPLICANT);
    assertThat(call("GET", "/api/v1/applications", made.key(), null).statusCode()).isEqualTo(200);

    post("/it-fixtures/revoke?user=" + OTHER_APPLICANT + "&id=" + made.id());

    for (String key : new String[] {null, "not-a-key", made.key()}) {
      HttpResponse<String> response = call("GET", "/api/v1/applications", key, null);
      assertThat(response.statusCode()).as(String.valueOf(key)).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(json(response.body()).asJsonObject().getString("message")).contains("API-nøkkel");
    }
    assertThat(call("POST", "/api/v1/applications", null, draft(validContent())).statusCode())
        .isEqualTo(401);
  }

  @Test
  void apiA1_anAnalystsKeyDoesNotReachTheApplicationsNorAnApplicantsTheBudgetLines()
      throws Exception {
    HttpResponse<String> analyst = call("GET", "/api/v1/applications", ANALYST_KEY, null);
    HttpResponse<String> applicant = call("GET", "/api/v1/budget-lines?year=2020", KEY, null);

    assertThat(analyst.statusCode()).isEqualTo(403);
    assertThat(json(analyst.body()).asJsonObject().getString("message"))
        .contains("API-nøkkelen gir ikke tilgang");
    assertThat(
            call("POST", "/api/v1/applications", ANALYST_KEY, draft(validContent())).statusCode())
        .isEqualTo(403);
    assertThat(applicant.statusCode()).isEqualTo(403);
    assertThat(call("GET", "/api/v1/budget-lines?year=2020", ANALYST_KEY, null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void apiA6_theApplicantAnswersTheCaseworkersQuestionThroughTheApi() throws Exception {
    long id =
        json(call("POST", "/api/v1/applications", KEY, draft(validContent())).body())
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    assertThat(call("POST", "/api/v1/applications/" + id + "/submit", KEY, null).statusCode())
        .isEqualTo(200);
    assertThat(
            json(call("GET", "/api/v1/applications/" + id + "/messages", KEY, null).body())
                .asJsonArray())
        .isEmpty();

    post("/it-fixtures/ask?application=" + id);

    JsonArray questions =
        json(call("GET", "/api/v1/applications/" + id + "/messages", KEY, null).body())
            .asJsonArray();
    assertThat(questions)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.asJsonObject().getString("question"))
                  .isEqualTo("Hvor mange ansatte deltar i opplæringen?");
              assertThat(q.asJsonObject().getBoolean("open")).isTrue();
              assertThat(q.asJsonObject().getString("deadline")).matches("\\d{4}-\\d{2}-\\d{2}");
            });
    assertThat(
            json(call("GET", "/api/v1/applications/" + id, KEY, null).body())
                .asJsonObject()
                .getString("status"))
        .isEqualTo("AWAITING_APPLICANT");

    HttpResponse<String> empty =
        call(
            "POST", "/api/v1/applications/" + id + "/messages/answer", KEY, "{\"answer\": \"  \"}");
    HttpResponse<String> answered =
        call(
            "POST",
            "/api/v1/applications/" + id + "/messages/answer",
            KEY,
            "{\"answer\": \"Tolv ansatte, i to puljer.\"}");
    HttpResponse<String> again =
        call(
            "POST",
            "/api/v1/applications/" + id + "/messages/answer",
            KEY,
            "{\"answer\": \"Og en til.\"}");

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(fieldErrors(json(empty.body()).asJsonObject()))
        .containsExactly("answer: Skriv svaret ditt.");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(json(answered.body()).asJsonObject().getBoolean("open")).isFalse();
    assertThat(json(answered.body()).asJsonObject().getString("answer"))
        .isEqualTo("Tolv ansatte, i to puljer.");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again.body()).asJsonObject().getString("message"))
        .isEqualTo("Det er ingen ubesvarte spørsmål i saken.");
    assertThat(
            json(call("GET", "/api/v1/applications/" + id, KEY, null).body())
                .asJsonObject()
                .getString("status"))
        .isEqualTo("IN_REVIEW");
  }

  @Test
  void apiA8_theOpenApiDocumentListsTheCallsAndTheBearerScheme() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri("/openapi")).header("Accept", "application/json").GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "/api/v1/applications",
            "/api/v1/applications/{id}",
            "/api/v1/applications/{id}/submit",
            "/api/v1/applications/{id}/withdraw",
            "/api/v1/applications/{id}/messages",
            "/api/v1/applications/{id}/messages/answer",
            "/api/v1/budget-lines",
            "\"bearer\"",
            "\"ApiError\"",
            "\"401\"",
            "\"409\"");
  }

  @Test
  void aKeyMadeOnThePageIsShownOnceWorksAtOnceAndStopsWhenRevoked() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.login(OTHER_APPLICANT, "demo1234");
      browser.clickAndWaitForPage("navApiKeys");
      assertThat(browser.heading()).isEqualTo("API-nøkler");
      browser.clickAndWaitForPage("keyForm:create");
      assertThat(browser.driver().findElement(By.id("keyForm")).getText())
          .contains("Gi nøkkelen et navn");

      browser.type("keyForm:label", "Regnskapsverktøyet");
      browser.clickAndWaitForPage("keyForm:create");
      String key = browser.text("newKey");
      assertThat(key).matches("[A-Za-z0-9_-]{43}");
      assertThat(browser.byId("keys").getText()).contains("Regnskapsverktøyet", "I bruk");
      browser.screenshot("api-key-made");
      assertThat(call("GET", "/api/v1/applications", key, null).statusCode()).isEqualTo(200);

      browser.open("/identity/api-keys.xhtml");
      assertThat(browser.driver().getPageSource()).doesNotContain(key);
      WebElement revoke =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//table[@id='keys']//tr[td[1][normalize-space(.)='Regnskapsverktøyet']]//button"));
      revoke.click();
      WebElement yes =
          new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
              .until(
                  ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
      browser.clickAndWaitForPage(yes);
      assertThat(browser.globalMessages()).contains("Nøkkelen er trukket tilbake");
      assertThat(browser.byId("keys").getText()).contains("Trukket tilbake");
      assertThat(call("GET", "/api/v1/applications", key, null).statusCode()).isEqualTo(401);
    }
  }

  // --- helpers

  private record NewKey(long id, String key) {}

  /** A new key of the user, made through the real service by the fixture servlet. */
  private NewKey keyOf(String username) throws Exception {
    String[] answer = post("/it-fixtures/key?user=" + username).split(" ");
    return new NewKey(Long.parseLong(answer[0]), answer[1]);
  }

  private String post(String path) throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  /** A new draft's JSON for the demo applicant's first company and its county's open round. */
  private String draft(String content) throws Exception {
    JsonObject any =
        json(call("GET", "/api/v1/applications", KEY, null).body()).asJsonArray().getJsonObject(0);
    JsonObject application =
        json(call("GET", "/api/v1/applications/" + any.getJsonNumber("id"), KEY, null).body())
            .asJsonObject();
    return "{\"companyId\": "
        + application.getJsonObject("company").getJsonNumber("id")
        + ", \"roundId\": "
        + application.getJsonObject("round").getJsonNumber("id")
        + ", "
        + content
        + "}";
  }

  private static String validContent() {
    return ApiDrafts.validContent();
  }

  private static List<String> fieldErrors(JsonObject error) {
    return ApiDrafts.fieldErrors(error);
  }

  private List<Long> ids(HttpResponse<String> response) {
    return json(response.body()).asJsonArray().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private HttpResponse<String> call(String method, String path, String key, String body)
      throws Exception {
    return send(request(method, path, key, body));
  }

  private HttpRequest.Builder request(String method, String path, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
