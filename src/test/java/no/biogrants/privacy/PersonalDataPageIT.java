package no.biogrants.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The admin's personal-data page as the browser posts it: a search for a company contact's e-mail,
 * then "Eksporter" answers with the findings as a JSON download (an attachment named with the day,
 * never shown inline), not with a page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataPageIT {

  private static final String PAGE = "/privacy/personal-data.xhtml";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void privG5_theExportButtonDownloadsTheFindingsAsJson() throws Exception {
    String email = anyContactEmail();
    FormClient admin = new FormClient(base);
    assertThat(admin.login("admin", "demo1234").statusCode()).isEqualTo(302);
    String page = admin.get(PAGE).body();
    HttpResponse<String> found = admin.post(PAGE, form(page, "personForm:search", email));
    assertThat(found.body()).contains("id=\"findings\"").contains("personForm:export");

    HttpResponse<String> export = admin.post(PAGE, form(found.body(), "personForm:export", email));

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment")
        .contains("personopplysninger-")
        .contains(".json");
    assertThat(export.body()).startsWith("{").contains(email).doesNotContain("<html");
  }

  private static Map<String, String> form(String page, String button, String who) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("personForm", "personForm");
    fields.put("personForm:who", who);
    fields.put(button, "");
    fields.put(FormClient.VIEW_STATE, FormClient.viewState(page));
    fields.put(FormClient.NONCE, FormClient.nonce(page));
    return fields;
  }

  private static String anyContactEmail() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement statement =
            c.prepareStatement("SELECT email FROM company_contact ORDER BY company_id LIMIT 1");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getString(1);
    }
  }
}
