package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import no.biogrants.it.ApiDrafts;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import no.biogrants.it.WebSession;
import no.biogrants.it.pages.ApplicationScreen;
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
 * page's ViewState and CSP nonce, every other field as the page had it), over HTTP against the real
 * WAR on MariaDB ({@link FormFuzzer}): the company registration, each step of an application draft,
 * an API key's label, the person search, the allocation form, a new account and the own password.
 * Every answer is the same page again or its redirect after saving, never an error page or a stack
 * trace; a draft whose save was refused is exactly as it was. The casework forms: {@link
 * CaseworkFormFuzzIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormFuzzIT {

  private static final String PASSWORD = "demo1234";
  private static final String KEY = "demo-applicant-key";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void everyFieldOfTheFormsTakesHostileValuesAndThePageStaysUsable() throws Exception {
    SoftAssertions softly = new SoftAssertions();
    FormFuzzer fuzzer = new FormFuzzer(softly);
    FormClient applicant = loggedIn("soker");
    long draft = ApiDrafts.newDraft(new WebSession(base), KEY);
    // The draft's steps, the company registration and the allocation form are checked for what a
    // refused post answers and leaves, not yet for where it says why: posted with only the hostile
    // value filled in, they are refused for their other empty fields too; and the draft's table
    // rows
    // and financing fields have no place for a conversion message (a tampered number is refused
    // without one).
    for (int step = 1; step <= 5; step++) {
      fuzzer
          .form(applicant, ApplicationScreen.FORM, ApplicationScreen.SAVE)
          .at(ApplicationScreen.path(draft, step))
          .stored(() -> draftAsStored(draft))
          .afterAccepted(() -> resetDraft(draft))
          .refusalMessagesUnchecked()
          .run();
    }
    fuzzer
        .form(applicant, "registerForm", "registerForm:register")
        .at("/applicant/companies.xhtml")
        .refusalMessagesUnchecked()
        .run();
    fuzzer
        .form(applicant, "keyForm", "keyForm:create")
        .at("/identity/api-keys.xhtml")
        .answersOnThePage()
        .run();
    FormClient admin = loggedIn("admin");
    fuzzer
        .form(admin, "personForm", "personForm:search")
        .at("/privacy/personal-data.xhtml")
        .answersOnThePage()
        .run();
    fuzzer
        .form(admin, "allocationForm", "allocationForm:preview")
        .at("/budget/allocations.xhtml")
        .refusalMessagesUnchecked()
        .run();
    // A new account: a post the page takes shows the new password on the page (no redirect), and
    // takes the username, so the posts after it are refused for that (StaffPageIT checks where the
    // form says why).
    fuzzer
        .form(admin, "accountForm", "accountForm:create")
        .at("/staff/accounts.xhtml")
        .with("accountForm:username", "fuzz." + System.nanoTime())
        .with("accountForm:displayName", "Fuzz Fuzzesen")
        .with("accountForm:email", "fuzz@fylke.example")
        .with("accountForm:roles", "ANALYST")
        .answersOnThePage()
        .refusalMessagesUnchecked()
        .run();
    // The own password: never taken (the current password or the repeat is always wrong), and a
    // wrong one is refused next to the field it is about, not always the fuzzed one.
    fuzzer
        .form(loggedIn("analytiker"), "passwordForm", "passwordForm:change")
        .at("/identity/password.xhtml")
        .with("passwordForm:currentPassword", PASSWORD)
        .with("passwordForm:password", "Et langt nok passord for fuzz")
        .with("passwordForm:repeatPassword", "Et langt nok passord for fuzz")
        .refusalMessagesUnchecked()
        .run();
    softly.assertAll();
    assertThat(fuzzer.posts()).isGreaterThan(300);
    System.out.printf("FUZZ forms posts=%d values=%d%n", fuzzer.posts(), FormFuzzer.HOSTILE.size());
  }

  private FormClient loggedIn(String user) throws Exception {
    FormClient client = new FormClient(base);
    assertThat(client.login(user, PASSWORD).statusCode()).isEqualTo(302);
    return client;
  }

  private String draftAsStored(long id) {
    JsonObject draft =
        json(new WebSession(base).api("GET", "/api/v1/applications/" + id, KEY, null).body())
            .asJsonObject();
    return Json.createObjectBuilder(draft).remove("brokenRules").build().toString();
  }

  private void resetDraft(long id) {
    WebSession api = new WebSession(base);
    long version =
        json(api.api("GET", "/api/v1/applications/" + id, KEY, null).body())
            .asJsonObject()
            .getJsonNumber("version")
            .longValue();
    HttpResponse<String> reset =
        api.api(
            "PUT",
            "/api/v1/applications/" + id,
            KEY,
            "{\"version\": " + version + ", " + validContent() + "}");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
  }

  private static String validContent() {
    return ApiDrafts.validContent();
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
