package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.it.Browser;
import no.biogrants.it.Deployments;
import no.biogrants.it.pages.ApplicationScreen;
import no.biogrants.shared.OrganisationNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A new applicant in headless Chromium, on the real WAR against MariaDB: starts with no company,
 * registers one (an invalid org number first: told so next to the field), fixes the bank account on
 * the profile (an invalid one first), registers a second company and switches between the two,
 * writes a draft for the current one and attaches a PDF to it (a text file named .pdf first:
 * refused by its content), downloads it again, completes the steps and submits it to get its
 * receipt; another company's profile and attachment answer 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.DEMO_SERVER)
class CompanyProfilePageIT {

  private static final String PASSWORD = "demo1234";

  @Deployment
  static WebArchive deployment() {
    return Deployments.demoServer();
  }

  @ArquillianResource private URL base;

  @Test
  void compC12_aNewApplicantRegistersTwoCompaniesSwitchesBetweenThemAndAttachesAPdfToADraft()
      throws Exception {
    Path files = Files.createDirectories(Path.of("target", "journey-files"));
    Path pdf = files.resolve("Opplæringsplan.pdf");
    Files.write(pdf, onePagePdf("Opplaeringsplan for sveiserne"));
    Path notPdf = files.resolve("notat.pdf");
    Files.writeString(notPdf, "Dette er et notat, ikke en PDF.\n");
    String sveis = validOrgNumber("81234567");
    String maskin = validOrgNumber("81234568");

    try (Browser browser = new Browser(base)) {
      // No company yet: the start page says so and leads to the registration.
      browser.login("soker.ny", PASSWORD);
      assertThat(browser.path()).isEqualTo("/grantapplication/applications.xhtml");
      assertThat(browser.text("noCompany")).contains("ingen bedrift");
      assertThat(browser.driver().findElements(By.id("newApplication"))).isEmpty();
      browser.clickAndWaitForPage("registerCompany");
      assertThat(browser.heading()).isEqualTo("Mine bedrifter");
      assertThat(browser.text("noCompanies")).contains("ingen bedrift");

      // An invalid org number is refused next to its field; nothing else is wrong.
      fillProfile(
          browser,
          "registerForm",
          "Nyland Sveis AS",
          "3401",
          "Kongsvinger",
          "Nina Nyregistrert",
          "nina@nyland-sveis.example");
      browser.type("registerForm:orgNumber", "123 456 789");
      browser.clickAndWaitForPage("registerForm:register");
      assertThat(browser.fieldMessage("registerForm:orgNumber"))
          .contains("ikke et gyldig organisasjonsnummer");
      assertThat(browser.fieldMessage("registerForm:name")).isEmpty();
      assertThat(browser.byId("registerForm:name").getAttribute("value"))
          .isEqualTo("Nyland Sveis AS");
      browser.screenshot("company-register-invalid-orgnr");
      browser.type("registerForm:orgNumber", sveis);
      browser.clickAndWaitForPage("registerForm:register");
      assertThat(browser.path()).isEqualTo("/applicant/company.xhtml");
      assertThat(browser.heading()).isEqualTo("Nyland Sveis AS");
      assertThat(browser.globalMessages()).contains("er registrert");
      assertThat(browser.text("county")).isEqualTo("34 Innlandet");
      assertThat(browser.text("flags")).contains("Kontonummer mangler");

      // The bank account: an invalid number is refused next to the field, a valid one saved.
      browser.type("profileForm:bankAccount", "1234.56.78904");
      browser.clickAndWaitForPage("profileForm:save");
      assertThat(browser.fieldMessage("profileForm:bankAccount"))
          .contains("ikke et gyldig kontonummer");
      browser.type("profileForm:bankAccount", "1234 56 78903");
      browser.clickAndWaitForPage("profileForm:save");
      assertThat(browser.globalMessages()).contains("Bedriftsprofilen er lagret");
      assertThat(browser.byId("profileForm:bankAccount").getAttribute("value"))
          .isEqualTo("1234.56.78903");
      assertThat(browser.driver().findElements(By.cssSelector("#flags li"))).isEmpty();
      browser.type("representativesForm:username", "finnes.ikke");
      browser.clickAndWaitForPage("representativesForm:add");
      assertThat(browser.fieldMessage("representativesForm:username"))
          .contains("Fant ingen søkerbruker");
      assertThat(browser.text("representatives"))
          .contains("soker.ny")
          .doesNotContain("finnes.ikke");
      scrollTo(browser, "representativesForm");
      browser.screenshot("company-profile");

      // A second company, in Oslo; it becomes the current one.
      browser.clickAndWaitForPage("navCompanies");
      fillProfile(
          browser,
          "registerForm",
          "Nyland Maskin AS",
          "0301",
          "Oslo",
          "Nils Nyland",
          "nils@nyland-maskin.example");
      browser.type("registerForm:orgNumber", maskin);
      browser.clickAndWaitForPage("registerForm:register");
      assertThat(browser.heading()).isEqualTo("Nyland Maskin AS");
      assertThat(browser.text("county")).isEqualTo("03 Oslo");

      // Switching between the two on the start page.
      browser.clickAndWaitForPage("navApplicant");
      assertThat(browser.text("currentCompany")).contains("Nyland Maskin AS");
      browser.select(
          "switchForm:company",
          "Nyland Sveis AS (" + new OrganisationNumber(sveis).formatted() + ")");
      browser.clickAndWaitForPage("switchForm:switch");
      assertThat(browser.text("currentCompany")).contains("Nyland Sveis AS");
      browser.screenshot("applicant-switch-company");

      // A draft for the current company, Innlandet's round.
      browser.clickAndWaitForPage("newApplication");
      ApplicationScreen application = new ApplicationScreen(browser);
      assertThat(application.company()).startsWith("Nyland Sveis AS");
      application.about(
          "Sveisesertifisering",
          "Operatørene skal sertifiseres for ny sveiseprosess.",
          "Omstilling av produksjon");
      application.save();
      assertThat(browser.text("status")).isEqualTo("Utkast");
      assertThat(browser.text("attachments")).contains("Ingen vedlegg ennå");

      // A text file named .pdf is refused by its content, next to the upload ...
      browser.select("attachments:kind", "Opplæringsplan");
      chooseFile(browser, notPdf);
      browser.clickAndWaitForPage("attachments:upload");
      assertThat(Browser.messageNextTo(fileInput(browser))).contains("Filen er ikke en PDF");
      assertThat(browser.text("attachments")).contains("Ingen vedlegg ennå");
      scrollTo(browser, "attachments");
      browser.screenshot("attachment-not-pdf");

      // ... a real PDF is stored with the draft and comes back as it went in.
      browser.select("attachments:kind", "Opplæringsplan");
      chooseFile(browser, pdf);
      browser.clickAndWaitForPage("attachments:upload");
      assertThat(browser.globalMessages()).contains("Opplæringsplan.pdf", "er lastet opp");
      WebElement link = browser.driver().findElement(By.linkText("Opplæringsplan.pdf"));
      assertThat(browser.text("attachmentsList")).contains("Opplæringsplan", "soker.ny");
      String attachmentPath = new URL(link.getAttribute("href")).getPath();
      scrollTo(browser, "attachments");
      browser.screenshot("attachment-uploaded");
      link.click();
      Path downloaded = browser.awaitDownload(".pdf");
      assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(pdf));

      // The draft goes on, step by step, to a submitted application with its receipt.
      Matcher draftId = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
      assertThat(draftId.find()).isTrue();
      application.goToStep(Long.parseLong(draftId.group(1)), 1);
      application.restructuringAndDates("Ny sveiseprosess krever sertifiserte operatører.");
      application.onePlanLine("Sertifisering etter NS-EN ISO 9606", 40, 6, 5, 1);
      application.trainersAndWages("120000", "80000", "100000");
      assertThat(Browser.money(browser.text("maximumGrant"))).isEqualByComparingTo("100000");
      application.next();
      application.next();
      application.committeeAndSubmit("Daglig leder Nina Nyregistrert", "Verneombud Per Sveiser");
      browser.screenshot("new-company-receipt");

      // The draft belongs to the current company only.
      browser.clickAndWaitForPage("navApplicant");
      assertThat(browser.text("applications")).contains("Sveisesertifisering");
      browser.select(
          "switchForm:company",
          "Nyland Maskin AS (" + new OrganisationNumber(maskin).formatted() + ")");
      browser.clickAndWaitForPage("switchForm:switch");
      assertThat(browser.text("currentCompany")).contains("Nyland Maskin AS");
      assertThat(browser.text("applications")).doesNotContain("Sveisesertifisering");

      // Another user's company is not there, not even by URL.
      browser.openRefused("/applicant/company.xhtml?id=1", 404);
      assertThat(browser.heading()).isEqualTo("Fant ikke siden");
      browser.logout();

      // Nor is this company's attachment for another company's user.
      browser.login("soker.46", PASSWORD);
      browser.openRefused(attachmentPath, 404);
      assertThat(browser.heading()).isEqualTo("Fant ikke siden");
    }
  }

  private static void fillProfile(
      Browser browser,
      String form,
      String name,
      String municipalityNumber,
      String municipalityName,
      String contact,
      String email) {
    browser.type(form + ":name", name);
    browser.select(form + ":legalForm", "Aksjeselskap (AS)");
    browser.type(form + ":naceCode", "25.620");
    browser.type(form + ":employees", "14");
    browser.type(form + ":municipalityNumber", municipalityNumber);
    browser.type(form + ":municipalityName", municipalityName);
    browser.type(form + ":contacts:0:contactName", contact);
    browser.type(form + ":contacts:0:contactEmail", email);
  }

  private static void scrollTo(Browser browser, String id) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView();", browser.byId(id));
  }

  private static WebElement fileInput(Browser browser) {
    return browser.driver().findElement(By.cssSelector("[id='attachments'] input[type='file']"));
  }

  private static void chooseFile(Browser browser, Path file) {
    fileInput(browser).sendKeys(file.toAbsolutePath().toString());
  }

  /** The first valid organisation number starting with these eight digits. */
  private static String validOrgNumber(String eightDigits) {
    for (int check = 0; check <= 9; check++) {
      if (OrganisationNumber.isValid(eightDigits + check)) {
        return eightDigits + check;
      }
    }
    throw new IllegalArgumentException(eightDigits + " has no valid check digit");
  }

  private static byte[] onePagePdf(String text) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
