package no.biogrants.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.it.Deployments;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report API as an analyst's tool sees it, over HTTP against the real WAR on MariaDB with the
 * demo data: the figures match what the database holds (read here with plain SQL), every grouping
 * adds up to the same totals, a county analyst sees only their county, bad input gets a 400 with
 * every field named, and the case list comes as JSON, csv and xlsx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

  private static final String NATIONAL = "demo-analyst-key";
  private static final String INNLANDET = "demo-analyst-34-key";
  private static final String APPLIED = "a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')";
  private static final String OF_2020 =
      " FROM grant_application a JOIN funding_round r ON r.id = a.round_id JOIN scheme s ON s.id = r.scheme_id"
          + " WHERE s.scheme_year = 2020 AND "
          + APPLIED;

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theCallsAreInTheOpenApiDocument() throws Exception {
    String document =
        http.send(
                HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/openapi"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(document)
        .contains(
            "/reports/spending",
            "/reports/oversubscription",
            "/reports/cases",
            "groupBy",
            "stateAidBasis",
            "budgetLine");
  }

  @Test
  void withoutAKeyTheAnswerIs401() throws Exception {
    HttpResponse<String> response = get("/api/v1/reports/spending?year=2020&groupBy=purpose", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void spendingTotalsMatchTheLedgerAndTheApplicationsInTheDatabase() throws Exception {
    JsonObject report =
        json(get("/api/v1/reports/spending?year=2020&groupBy=purpose", NATIONAL).body())
            .asJsonObject();
    JsonObject total = report.getJsonObject("total");

    assertThat(report.getString("groupBy")).isEqualTo("purpose");
    assertThat(amount(total, "committed"))
        .isEqualByComparingTo(
            sql(
                "SELECT COALESCE(SUM(l.amount), 0) FROM ledger_entry l WHERE l.entry_type = 'COMMITMENT'"
                    + " AND l.application_id IN (SELECT a.id"
                    + OF_2020
                    + ")"));
    assertThat(amount(total, "disbursed"))
        .isEqualByComparingTo(
            sql(
                "SELECT COALESCE(SUM(l.amount), 0) FROM ledger_entry l WHERE l.entry_type = 'DISBURSEMENT'"
                    + " AND l.application_id IN (SELECT a.id"
                    + OF_2020
                    + ")"));
    assertThat(amount(total, "applied"))
        .isEqualByComparingTo(sql("SELECT SUM(a.amount_applied)" + OF_2020));
    assertThat(BigDecimal.valueOf(total.getJsonNumber("applications").longValue()))
        .isEqualByComparingTo(sql("SELECT COUNT(*)" + OF_2020));
    assertThat(BigDecimal.valueOf(total.getJsonNumber("participants").longValue()))
        .isEqualByComparingTo(
            sql(
                "SELECT COALESCE(SUM(t.participants), 0) FROM training_plan_line t WHERE t.application_id IN (SELECT a.id"
                    + OF_2020
                    + ")"));
    assertThat(amount(total, "committed")).isPositive();
    BigDecimal rows = BigDecimal.ZERO;
    for (JsonValue row : report.getJsonArray("rows")) {
      rows = rows.add(amount(row.asJsonObject(), "applied"));
      assertThat(row.asJsonObject().getString("label")).isNotBlank();
    }
    assertThat(rows).isEqualByComparingTo(amount(total, "applied"));
  }

  @Test
  void everyGroupingAddsUpToTheSameTotals() throws Exception {
    JsonObject reference =
        json(get("/api/v1/reports/spending?year=2020&groupBy=purpose", NATIONAL).body())
            .asJsonObject()
            .getJsonObject("total");
    for (String groupBy :
        List.of(
            "county",
            "budgetLine",
            "industry",
            "sizeBand",
            "round",
            "quarter",
            "status",
            "stateAidBasis",
            "source",
            "year")) {
      HttpResponse<String> response =
          get("/api/v1/reports/spending?year=2020&groupBy=" + groupBy, NATIONAL);
      assertThat(response.statusCode()).as(groupBy).isEqualTo(200);
      JsonObject total = json(response.body()).asJsonObject().getJsonObject("total");
      for (String measure :
          List.of("applied", "granted", "committed", "disbursed", "released", "reclaimed")) {
        assertThat(amount(total, measure))
            .as(groupBy + " " + measure)
            .isEqualByComparingTo(amount(reference, measure));
      }
    }
  }

  /**
   * The demo's grants outside Innlandet (which the tests leave alone) are paid in part, in full and
   * partly reclaimed, so an analyst trying the demo sees every measure with real figures.
   */
  @Test
  void theDemosGrantsArePaidSoEveryMeasureHasFigures() throws Exception {
    Map<String, JsonObject> byCounty = new HashMap<>();
    json(get("/api/v1/reports/spending?year=2020&groupBy=county", NATIONAL).body())
        .asJsonObject()
        .getJsonArray("rows")
        .forEach(r -> byCounty.put(r.asJsonObject().getString("key"), r.asJsonObject()));

    for (String paid : List.of("03", "11", "18", "30", "38", "42", "50")) {
      assertThat(amount(byCounty.get(paid), "disbursed")).as("paid in " + paid).isPositive();
    }
    // Paid in full on the final report in Oslo, Agder and Trøndelag (closed there).
    assertThat(
            sql(
                "SELECT COUNT(*) FROM payment_request p JOIN grant_application a"
                    + " ON a.id = p.application_id WHERE p.kind = 'FINAL' AND p.status = 'PAID'"
                    + " AND a.county_code IN ('03', '42', '50')"))
        .isEqualByComparingTo("3");
    // Viken: 20 000 of a part payment reclaimed, and the rest of the grant released.
    JsonObject viken = byCounty.get("30");
    assertThat(amount(viken, "reclaimed")).isEqualByComparingTo("20000");
    assertThat(amount(viken, "released")).isPositive();
    assertThat(
            sql(
                "SELECT COUNT(*) FROM grant_application WHERE county_code = '50' AND status = 'CLOSED'"))
        .isEqualByComparingTo("1");
  }

  @Test
  void purposeByCountyGivesARowPerPairWithTheSqlFiguresAndTheSameTotals() throws Exception {
    JsonObject report =
        json(get("/api/v1/reports/spending?year=2020&groupBy=purpose,county", NATIONAL).body())
            .asJsonObject();
    JsonObject byPurpose =
        json(get("/api/v1/reports/spending?year=2020&groupBy=purpose", NATIONAL).body())
            .asJsonObject();

    assertThat(report.getString("groupBy")).isEqualTo("purpose,county");
    List<JsonObject> rows =
        report.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    assertThat(rows).hasSizeGreaterThan(byPurpose.getJsonArray("rows").size());
    for (JsonObject row : rows) {
      String where =
          OF_2020
              + " AND a.training_purpose = '"
              + row.getString("key")
              + "' AND a.county_code = '"
              + row.getString("key2")
              + "'";
      assertThat(amount(row, "applied"))
          .as(row.toString())
          .isEqualByComparingTo(sql("SELECT SUM(a.amount_applied)" + where));
      assertThat(BigDecimal.valueOf(row.getInt("applications")))
          .as(row.toString())
          .isEqualByComparingTo(sql("SELECT COUNT(*)" + where));
    }
    assertThat(rows.get(0).getString("label2")).isNotBlank();
    for (String measure :
        List.of("applied", "granted", "committed", "disbursed", "released", "reclaimed")) {
      assertThat(amount(report.getJsonObject("total"), measure))
          .as(measure)
          .isEqualByComparingTo(amount(byPurpose.getJsonObject("total"), measure));
    }
    assertThat(byPurpose.getJsonArray("rows").getJsonObject(0).containsKey("key2"))
        .as("one dimension: no key2")
        .isFalse();

    JsonObject own =
        json(get("/api/v1/reports/spending?year=2020&groupBy=quarter,county", INNLANDET).body())
            .asJsonObject();
    assertThat(own.getJsonArray("rows"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.asJsonObject().getString("key2")).isEqualTo("34"));
    String csv =
        new String(
            getBytes("/api/v1/reports/spending?year=2020&groupBy=purpose,county&format=csv").body(),
            StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("\uFEFFpurpose;key;county;key2;applications;applied;");
  }

  @Test
  void oversubscriptionPerCountyDividesAppliedByTheMoneyForBio() throws Exception {
    JsonObject report =
        json(get("/api/v1/reports/oversubscription?year=2020&groupBy=county", NATIONAL).body())
            .asJsonObject();

    JsonObject innlandet =
        report.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("key").equals("34"))
            .findFirst()
            .orElseThrow();
    BigDecimal money =
        sql(
            "SELECT SUM(bl.allocated + bl.transferred) FROM budget_line bl WHERE bl.budget_year = 2020 AND bl.county_code = '34'"
                + " AND EXISTS (SELECT 1 FROM allocation_purpose ap WHERE ap.allocation_id = bl.allocation_id AND ap.purpose = 'BIO')");
    BigDecimal applied =
        sql("SELECT SUM(a.amount_applied)" + OF_2020 + " AND a.county_code = '34'");
    assertThat(innlandet.getString("label")).isEqualTo("Innlandet");
    assertThat(amount(innlandet, "available")).isEqualByComparingTo(money);
    assertThat(amount(innlandet, "applied")).isEqualByComparingTo(applied);
    assertThat(amount(innlandet, "oversubscriptionRatio"))
        .isEqualByComparingTo(applied.divide(money, 2, RoundingMode.HALF_UP));
    assertThat(amount(report.getJsonObject("total"), "available"))
        .isEqualByComparingTo(
            sql(
                "SELECT SUM(bl.allocated + bl.transferred) FROM budget_line bl WHERE bl.budget_year = 2020"
                    + " AND EXISTS (SELECT 1 FROM allocation_purpose ap WHERE ap.allocation_id = bl.allocation_id AND ap.purpose = 'BIO')"));
    assertThat(
            get("/api/v1/reports/oversubscription?year=2020&groupBy=round", NATIONAL).statusCode())
        .isEqualTo(200);
    assertThat(
            get("/api/v1/reports/oversubscription?year=2020&groupBy=budgetLine", NATIONAL)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void repR2_aCountyAnalystSeesTheirCountyOnlyAndIsRefusedAnother() throws Exception {
    HttpResponse<String> other =
        get("/api/v1/reports/spending?year=2020&groupBy=county&county=03", INNLANDET);
    HttpResponse<String> otherCases = get("/api/v1/reports/cases?year=2020&county=46", INNLANDET);
    JsonObject own =
        json(get("/api/v1/reports/spending?year=2020&groupBy=county", INNLANDET).body())
            .asJsonObject();
    JsonArray cases = json(get("/api/v1/reports/cases?year=2020", INNLANDET).body()).asJsonArray();

    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(json(other.body()).asJsonObject().getString("message")).isNotBlank();
    assertThat(otherCases.statusCode()).isEqualTo(403);
    assertThat(own.getString("county")).isEqualTo("34");
    assertThat(own.getJsonArray("rows"))
        .extracting(r -> r.asJsonObject().getString("key"))
        .containsExactly("34");
    assertThat(cases)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.asJsonObject().getString("county")).isEqualTo("34"));
    assertThat(BigDecimal.valueOf(cases.size()))
        .isEqualByComparingTo(sql("SELECT COUNT(*)" + OF_2020 + " AND a.county_code = '34'"));
  }

  @Test
  void badParametersGet400WithEveryFieldNamedInBokmal() throws Exception {
    HttpResponse<String> badGroup =
        get("/api/v1/reports/spending?year=2020&groupBy=colour", NATIONAL);
    HttpResponse<String> badYear =
        get("/api/v1/reports/spending?year=abcd&groupBy=county&format=pdf", NATIONAL);
    HttpResponse<String> notForOversubscription =
        get("/api/v1/reports/oversubscription?year=2020&groupBy=purpose", NATIONAL);
    HttpResponse<String> badCases = get("/api/v1/reports/cases?year=2020&from=1.3.2020", NATIONAL);

    assertThat(badGroup.statusCode()).isEqualTo(400);
    JsonObject error = json(badGroup.body()).asJsonObject();
    assertThat(error.getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("field"))
        .containsExactly("groupBy");
    assertThat(error.getString("message"))
        .contains("«colour» er ikke en gyldig gruppering")
        .contains("purpose");
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(json(badYear.body()).asJsonObject().getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("field"))
        .containsExactly("year", "format");
    assertThat(notForOversubscription.statusCode()).isEqualTo(400);
    assertThat(badCases.statusCode()).isEqualTo(400);
    for (HttpResponse<String> response :
        List.of(badGroup, badYear, notForOversubscription, badCases)) {
      assertThat(response.body()).doesNotContain("Exception", "at no.biogrants", "<html");
    }
  }

  @Test
  void theCaseListComesAsJsonCsvAndXlsxWithTheSameFigures() throws Exception {
    JsonArray cases = json(get("/api/v1/reports/cases?year=2020", NATIONAL).body()).asJsonArray();
    HttpResponse<byte[]> csv = getBytes("/api/v1/reports/cases?year=2020&format=csv");
    HttpResponse<byte[]> xlsx = getBytes("/api/v1/reports/cases?year=2020&format=xlsx");
    HttpResponse<byte[]> reportXlsx =
        getBytes("/api/v1/reports/spending?year=2020&groupBy=county&format=xlsx");

    BigDecimal committed = BigDecimal.ZERO;
    for (JsonValue c : cases) {
      committed = committed.add(amount(c.asJsonObject(), "committed"));
    }
    JsonObject total =
        json(get("/api/v1/reports/spending?year=2020&groupBy=county", NATIONAL).body())
            .asJsonObject()
            .getJsonObject("total");
    assertThat(committed).isEqualByComparingTo(amount(total, "committed"));
    assertThat(BigDecimal.valueOf(cases.size()))
        .isEqualByComparingTo(sql("SELECT COUNT(*)" + OF_2020));
    JsonArray everyYear = json(get("/api/v1/reports/cases", NATIONAL).body()).asJsonArray();
    assertThat(BigDecimal.valueOf(everyYear.size()))
        .isEqualByComparingTo(
            sql(
                "SELECT COUNT(*) FROM grant_application a WHERE a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')"));

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("saker-2020.csv"));
    assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
    String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(cases.size() + 1);
    assertThat(lines[0]).startsWith("\uFEFFreference;id;county;");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      XSSFSheet sheet = wb.getSheet("Data");
      Row totals = sheet.getRow(cases.size() + 1);
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
      assertThat(totals.getCell(18).getCellFormula()).startsWith("SUM(S2:");
      assertThat(BigDecimal.valueOf(totals.getCell(18).getNumericCellValue()))
          .isEqualByComparingTo(committed);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reportXlsx.body()))) {
      assertThat(wb.getSheet("Om rapporten")).isNotNull();
      assertThat(wb.getSheet("Data").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Fylke");
    }
  }

  private HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .header("Authorization", "Bearer " + NATIONAL)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static BigDecimal sql(String query) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement statement = c.prepareStatement(query);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getBigDecimal(1);
    }
  }

  private static BigDecimal amount(JsonObject object, String field) {
    return object.getJsonNumber(field).bigDecimalValue();
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
