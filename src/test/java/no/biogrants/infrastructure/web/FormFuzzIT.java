package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.it.ApiDrafts;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import no.biogrants.it.WebSession;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile values in every field of the forms people type into, posted as the browser would (the
 * page's ViewState and CSP nonce, every other field as the page had it), over HTTP against the
 * real WAR on MariaDB: the company registration, each step of an application draft, an API key's
 * label, the person search and the allocation form. Every answer is the same page again or its
 * redirect after saving, never an error page or a stack trace; and a draft whose save was refused
 * is exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormFuzzIT {

  private static final String PASSWORD = "demo1234";
  private static final String KEY = "demo-applicant-key";
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"([^>]*)>", Pattern.DOTALL);

  private static final List<String> HOSTILE =
      List.of(
          "x".repeat(5000),
          "<script>alert('x')</script>",
          "' OR 1=1; DROP TABLE grant_application; --",
          "\u0000\u001b[31m",
          "",
          "-1",
          "1e30",
          "99999999999999999999999",
          "31.02.2026",
          "UNKNOWN_VALUE");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @ArquillianResource private URL base;

  @Test
  void everyFieldOfTheFormsTakesHostileValuesAndThePageStaysUsable() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    int sent = 0;
    FormClient applicant = loggedIn("soker");
    long draft = newDraft();
    for (int step = 1; step <= 5; step++) {
      String page = "/applicant/application.xhtml?id=" + draft + "&step=" + step;
      sent += fuzz(softly, applicant, page, "applicationForm", "applicationForm:save", () -> draftAsStored(draft), () -> resetDraft(draft));
    }
    sent += fuzz(softly, applicant, "/applicant/companies.xhtml", "registerForm", "registerForm:register", null, null);
    sent += fuzz(softly, applicant, "/account/api-keys.xhtml", "keyForm", "keyForm:create", null, null);
    FormClient admin = loggedIn("admin");
    sent += fuzz(softly, admin, "/admin/personal-data.xhtml", "personForm", "personForm:search", null, null);
    sent += fuzz(softly, admin, "/admin/allocations.xhtml", "allocationForm", "allocationForm:preview", null, null);
    softly.assertAll();
    assertThat(sent).isGreaterThan(300);
    System.out.printf("FUZZ forms posts=%d values=%d%n", sent, HOSTILE.size());
  }

  /**
   * Posts the form once per field and hostile value; {@code stored} reads what must not change
   * when the page refuses, {@code reset} puts it back after a save that was accepted.
   */
  private int fuzz(SoftAssertions softly, FormClient client, String path, String form, String button, java.util.function.Supplier<String> stored, Runnable reset)
      throws Exception {
    String first = client.get(path).body();
    String heading = heading(first);
    Map<String, String> fields = fields(first, form);
    int sent = 0;
    for (String field : fields.keySet()) {
      for (String hostile : HOSTILE) {
        String page = client.get(path).body();
        Map<String, String> post = new LinkedHashMap<>(fields(page, form));
        post.put(field, hostile);
        post.put(button, "");
        post.put(FormClient.VIEW_STATE, FormClient.viewState(page));
        post.put(FormClient.NONCE, FormClient.nonce(page));
        String before = stored == null ? null : stored.get();
        HttpResponse<String> answer = client.post(path.replaceAll("\\?.*", ""), post);
        sent++;
        String what = path + " " + field + " = " + (hostile.length() > 30 ? hostile.substring(0, 30) + "…" : hostile);
        softly.assertThat(answer.statusCode()).as("status for %s", what).isIn(200, 302, 303);
        softly.assertThat(answer.body()).as("no stack trace or error page for %s", what)
            .doesNotContain("\tat ", "Internal Server Error", "Noe gikk galt", "Handlingen kunne ikke fullføres")
            .doesNotContainPattern("[A-Za-z]+Exception: ");
        if (answer.statusCode() == 200) {
          softly.assertThat(heading(answer.body())).as("the same page again for %s", what).isEqualTo(heading);
          if (stored != null && answer.body().contains("ui-message-error")) {
            softly.assertThat(stored.get()).as("nothing saved when refusing %s", what).isEqualTo(before);
          }
        } else if (reset != null) {
          reset.run();
        }
      }
    }
    return sent;
  }

  /** The form's fields as the browser would post them: text, hidden, checked boxes, selected options, text areas. */
  private static Map<String, String> fields(String html, String form) {
    int start = html.indexOf("id=\"" + form + "\"");
    assertThat(start).as("form %s on the page", form).isNotNegative();
    String body = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(body);
    while (inputs.find()) {
      String tag = inputs.group();
      String name = attribute(tag, "name");
      String type = attribute(tag, "type");
      if (name == null || name.equals(FormClient.VIEW_STATE) || name.equals(FormClient.NONCE) || name.equals(form)
          || List.of("submit", "button", "file", "image", "reset").contains(type)
          || ((type != null && (type.equals("checkbox") || type.equals("radio"))) && !tag.contains("checked"))) {
        continue;
      }
      fields.put(name, unescape(attribute(tag, "value") == null ? "" : attribute(tag, "value")));
    }
    Matcher areas = TEXTAREA.matcher(body);
    while (areas.find()) {
      fields.put(areas.group(1), unescape(areas.group(2)));
    }
    Matcher selects = SELECT.matcher(body);
    while (selects.find()) {
      Matcher options = OPTION.matcher(selects.group(2));
      String chosen = null;
      while (options.find()) {
        if (chosen == null || options.group(2).contains("selected")) {
          chosen = options.group(1);
        }
      }
      fields.put(selects.group(1), chosen == null ? "" : unescape(chosen));
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#58;", ":").replace("&amp;", "&");
  }

  private static String heading(String html) {
    Matcher m = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(html);
    return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
  }

  private FormClient loggedIn(String user) throws Exception {
    FormClient client = new FormClient(base);
    assertThat(client.login(user, PASSWORD).statusCode()).isEqualTo(302);
    return client;
  }

  private long newDraft() {
    WebSession api = new WebSession(base);
    JsonObject any = json(api.api("GET", "/api/v1/applications", KEY, null).body()).asJsonArray().getJsonObject(0);
    JsonObject application = json(api.api("GET", "/api/v1/applications/" + any.getJsonNumber("id"), KEY, null).body()).asJsonObject();
    String body =
        "{\"companyId\": " + application.getJsonObject("company").getJsonNumber("id") + ", \"roundId\": " + application.getJsonObject("round").getJsonNumber("id")
            + ", " + validContent() + "}";
    HttpResponse<String> created = api.api("POST", "/api/v1/applications", KEY, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  private String draftAsStored(long id) {
    JsonObject draft = json(new WebSession(base).api("GET", "/api/v1/applications/" + id, KEY, null).body()).asJsonObject();
    return Json.createObjectBuilder(draft).remove("brokenRules").build().toString();
  }

  private void resetDraft(long id) {
    WebSession api = new WebSession(base);
    long version = json(api.api("GET", "/api/v1/applications/" + id, KEY, null).body()).asJsonObject().getJsonNumber("version").longValue();
    HttpResponse<String> reset = api.api("PUT", "/api/v1/applications/" + id, KEY, "{\"version\": " + version + ", " + validContent() + "}");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
  }

  private static String validContent() {
    return ApiDrafts.validContent();
  }

  private static jakarta.json.JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
