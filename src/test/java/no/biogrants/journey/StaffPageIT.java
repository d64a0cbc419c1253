package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;
import no.biogrants.it.Browser;
import no.biogrants.it.Deployments;
import no.biogrants.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Staff management in headless Chromium, as a county starts using the system: the national admin
 * makes Vestland's first county admin (and lists Vestland's accounts alone), who logs in with the
 * temporary password, is held on the password page until she has chosen her own (a too short one
 * first), then makes a caseworker (a form with every field wrong first), who is held on the
 * password page too and whose session ends when the account is deactivated, and she is stopped from
 * removing herself, the county's last admin. Another county's account answers 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPageIT {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void
      stfS1_stfS3_stfS5_idI6_idI7_aCountysFirstAdminChoosesAPasswordMakesACaseworkerAndStaysTheLastAdmin() {
    String suffix = System.currentTimeMillis() % 100_000 + "" + NEXT.incrementAndGet();
    String frida = "frida." + suffix + "@vestland.example";
    String kari = "kari." + suffix + "@vestland.example";
    try (Browser browser = new Browser(base)) {
      // The national admin makes the county's first admin.
      browser.login("admin", "demo1234");
      browser.clickAndWaitForPage("navStaff");
      assertThat(browser.heading()).isEqualTo("Brukere");
      String osloCaseworker =
          browser.driver().findElement(By.linkText("Saksbehandler Oslo")).getAttribute("href");
      fill(browser, frida, "Frida Fylkesadmin", frida, "Administrator");
      browser.select("accountForm:countyCode", "46 Vestland");
      browser.clickAndWaitForPage("accountForm:create");
      assertThat(browser.text("newPasswordUser")).isEqualTo(frida);
      String fridasTemporary = browser.text("newPassword");
      assertThat(fridasTemporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
      assertThat(browser.text("accounts")).contains("Frida Fylkesadmin", "46 Vestland");
      browser.screenshot("staff-national-admin-made-county-admin");
      browser.select("county", "46 Vestland");
      browser.clickAndWaitForPage("showCounty");
      assertThat(browser.text("accounts"))
          .contains("Frida Fylkesadmin", "Saksbehandler Vestland")
          .doesNotContain("Saksbehandler Oslo");
      browser.screenshot("staff-national-admin-lists-one-county");
      browser.logout();

      // Her first login leads to the password page, and every other page leads back to it.
      browser.login(frida, fridasTemporary);
      assertThat(browser.path()).isEqualTo("/identity/password.xhtml");
      assertThat(browser.text("passwordHelp")).contains("midlertidig passord");
      browser.open("/staff/accounts.xhtml");
      assertThat(browser.path()).isEqualTo("/identity/password.xhtml");
      browser.type("passwordForm:currentPassword", fridasTemporary);
      browser.type("passwordForm:password", "kortere");
      browser.type("passwordForm:repeatPassword", "kortest");
      browser.clickAndWaitForPage("passwordForm:change");
      assertThat(browser.fieldMessage("passwordForm:password")).contains("minst 12 tegn");
      assertThat(browser.fieldMessage("passwordForm:repeatPassword")).contains("ikke like");
      assertThat(browser.fieldMessage("passwordForm:currentPassword")).isEmpty();
      browser.screenshot("staff-first-login-password-too-short");
      String chosen = "Regnet faller mykt over Bergen";
      browser.type("passwordForm:currentPassword", fridasTemporary);
      browser.type("passwordForm:password", chosen);
      browser.type("passwordForm:repeatPassword", chosen);
      browser.clickAndWaitForPage("passwordForm:change");
      assertThat(browser.path()).isEqualTo("/identity/admin.xhtml");
      assertThat(browser.globalMessages()).contains("Passordet er endret");

      // She sees her county's staff only, and a form with every field wrong saves nothing.
      browser.clickAndWaitForPage("navStaff");
      assertThat(browser.text("accounts"))
          .contains("Saksbehandler Vestland", "Frida Fylkesadmin")
          .doesNotContain("Saksbehandler Oslo");
      fill(browser, "kari nordmann", "", "kari@", null);
      browser.clickAndWaitForPage("accountForm:create");
      assertThat(browser.fieldMessage("accountForm:username")).contains("3–80 tegn");
      assertThat(browser.fieldMessage("accountForm:displayName")).contains("Skriv inn navnet");
      assertThat(browser.fieldMessage("accountForm:email")).contains("ikke gyldig");
      assertThat(browser.fieldMessage("accountForm:roles")).contains("minst én rolle");
      assertThat(browser.driver().findElements(By.id("newPasswordPanel"))).isEmpty();
      browser.screenshot("staff-new-account-every-field-wrong");
      fill(browser, kari, "Kari Saksbehandler", kari, "Saksbehandler");
      browser.clickAndWaitForPage("accountForm:create");
      String karisTemporary = browser.text("newPassword");
      // Kari logs in elsewhere at once: with a temporary password every page leads to the password
      // page.
      WebSession karisSession = new WebSession(base).login(kari, karisTemporary);
      assertThat(karisSession.get("/casework/queue.xhtml").headers().firstValue("Location"))
          .hasValueSatisfying(to -> assertThat(to).endsWith("/identity/password.xhtml"));
      assertThat(karisSession.get("/identity/password.xhtml").statusCode()).isEqualTo(200);

      // Frida deactivates the account: the temporary password no longer logs in.
      browser.clickLinkAndWaitForPage("Kari Saksbehandler");
      assertThat(browser.text("status")).contains("midlertidig passord");
      browser.clickAndWaitForPage("accountForm:deactivate");
      assertThat(browser.text("status")).as(browser.text("main")).isEqualTo("Deaktivert");
      assertThat(browser.globalMessages()).contains("er deaktivert");
      browser.screenshot("staff-account-deactivated");
      // The open session ends at the next page.
      assertThat(WebSession.toLogin(karisSession.get("/identity/password.xhtml"))).isTrue();

      // The county's last admin cannot swap her admin role for casework, nor deactivate herself.
      browser.clickAndWaitForPage("backToAccounts");
      browser.clickLinkAndWaitForPage("Frida Fylkesadmin");
      toggle(browser, "Saksbehandler");
      toggle(browser, "Administrator");
      browser.clickAndWaitForPage("accountForm:save");
      assertThat(browser.globalMessages())
          .contains("Fylkeskommune 46 må ha minst én aktiv administrator");
      browser.clickAndWaitForPage("accountForm:deactivate");
      assertThat(browser.globalMessages()).contains("Du kan ikke deaktivere deg selv");
      browser.screenshot("staff-last-admin-refused");
      browser.openRefused(
          osloCaseworker.substring(base.toString().replaceAll("/$", "").length()), 404);
      browser.logout();

      browser.login(kari, karisTemporary);
      assertThat(browser.path()).isEqualTo("/login.xhtml");
      assertThat(browser.globalMessages()).contains("Feil brukernavn eller passord");
    }
  }

  private static void fill(
      Browser browser, String username, String name, String email, String role) {
    browser.type("accountForm:username", username);
    browser.type("accountForm:displayName", name);
    browser.type("accountForm:email", email);
    if (role != null) {
      toggle(browser, role);
    }
  }

  /** Ticks or unticks a role's box by clicking its label, as a person does. */
  private static void toggle(Browser browser, String role) {
    browser
        .byId("accountForm:roles")
        .findElement(By.xpath(".//label[normalize-space(.)='" + role + "']"))
        .click();
  }
}
