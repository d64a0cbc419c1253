package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad requests get the application's own error page with the right status, never the container's
 * page, an empty page or a 500 (rule INF-W7; issue 14, item 18).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorAnswersIT {

  private static final String PASSWORD = "demo1234";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void infW7_anIdThatIsNoNumberIsAnswered404WithTheAppsPage() throws Exception {
    FormClient applicant = new FormClient(base);
    assertThat(applicant.login("soker", PASSWORD).statusCode()).isEqualTo(302);
    assertAnswered404(
        applicant,
        "/payment/grant.xhtml?id=abc",
        "/grantapplication/receipt.xhtml?id=abc",
        "/applicant/company.xhtml?id=abc",
        "/applicant/company.xhtml?id=-1");
    FormClient caseworker = new FormClient(base);
    assertThat(caseworker.login("saksbehandler", PASSWORD).statusCode()).isEqualTo(302);
    assertAnswered404(
        caseworker,
        "/casework/case.xhtml?id=abc",
        "/casework/appeal.xhtml?id=1x",
        "/payment/payments.xhtml?id=abc",
        "/budget/line.xhtml?id=99999999999999999999",
        "/casework/case.xhtml");
  }

  private static void assertAnswered404(FormClient user, String... paths) throws Exception {
    for (String path : paths) {
      HttpResponse<String> answer = user.get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body())
          .as(path)
          .contains("id=\"errorText\"", "Siden eller saken finnes ikke");
    }
  }

  @Test
  void infW7_aDownloadWithoutItsParameterIsAnswered400WithTheAppsPage() throws Exception {
    FormClient analyst = new FormClient(base);
    assertThat(analyst.login("analytiker", PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> answer = analyst.get("/reporting/download");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("id=\"errorText\"").doesNotContain("Payara");
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("UTF-8"));
  }

  @Test
  void infW7_aPostWithoutThePagesNonceIsRefused400WithTheAppsPageAndDoesNothing() throws Exception {
    FormClient browser = new FormClient(base);
    assertThat(browser.login("soker.50", PASSWORD).statusCode()).isEqualTo(302);
    String page = browser.get("/identity/api-keys.xhtml").body();
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("keyForm", "keyForm");
    fields.put("keyForm:label", "Uten nonce");
    fields.put("keyForm:create", "");
    fields.put(FormClient.VIEW_STATE, FormClient.viewState(page));
    HttpResponse<String> answer = browser.post("/identity/api-keys.xhtml", fields);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("id=\"errorText\"");
    fields.put(FormClient.NONCE, "en-annen-sides-nonce");
    fields.put("keyForm:label", "Feil nonce");
    assertThat(browser.post("/identity/api-keys.xhtml", fields).statusCode()).isEqualTo(400);
    assertThat(browser.get("/identity/api-keys.xhtml").body())
        .as("no key was made")
        .doesNotContain("Uten nonce", "Feil nonce");
  }
}
