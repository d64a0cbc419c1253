package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * Rule ID-I5 at run time: a service refuses a caller without its role even when the code in front
 * of it lets the call through with a made-up actor ({@link ForgedActorProbe}); the caller gets 403
 * with a message, not the report and not a 500. The same call by a real analyst is answered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceRolesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void aServiceRefusesACallerWithoutItsRoleWhateverActorItIsHanded() {
    WebSession session = new WebSession(base);
    HttpResponse<String> applicant =
        session.api("GET", "/api/v1/test-probe", "demo-applicant-key", null);
    HttpResponse<String> analyst =
        session.api("GET", "/api/v1/test-probe", "demo-analyst-key", null);

    assertThat(applicant.statusCode()).as(applicant.body()).isEqualTo(403);
    assertThat(applicant.body())
        .contains("Du har ikke tilgang til dette")
        .doesNotContain("Exception");
    assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(200);
    assertThat(Json.createReader(new StringReader(analyst.body())).readObject().getInt("rows"))
        .isPositive();
  }
}
