package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.biogrants.it.Browser;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.it.FormClient;
import no.biogrants.it.RemoteCases;
import no.biogrants.it.pages.ApplicationScreen;
import no.biogrants.it.pages.CaseScreen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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

/**
 * The whole path through the real pages in headless Chromium, on the real WAR against MariaDB: an
 * applicant applies, the county's caseworker scores and recommends, the approver grants and sees
 * the budget line move, the analyst downloads the spending report and its totals add up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.DEMO_SERVER)
class GrantJourneyPageIT {

  private static final String PASSWORD = "demo1234";
  private static final String BIO_LINE = "BIO 2020 (105 MNOK)";

  @Deployment
  static WebArchive deployment() {
    return Deployments.demoServer();
  }

  @ArquillianResource private URL base;

  @Test
  void applicationGoesFromDraftToGrantAndShowsInBudgetAndReport() throws Exception {
    try (Browser browser = new Browser(base)) {
      // Applicant: lands on their start page, may not open casework.
      browser.login("soker", PASSWORD);
      assertThat(browser.path()).isEqualTo("/grantapplication/applications.xhtml");
      assertThat(browser.heading()).isEqualTo("Mine søknader");
      browser.clickAndWaitForPage("languageForm:toEnglish");
      assertThat(browser.heading()).isEqualTo("My applications");
      browser.clickAndWaitForPage("languageForm:toNorwegian");
      assertThat(browser.heading()).isEqualTo("Mine søknader");
      browser.openRefused("/casework/queue.xhtml", 403);
      assertThat(browser.heading()).isEqualTo("Ingen tilgang");

      // A new application, step by step: about, training plan, costs ...
      browser.open("/grantapplication/applications.xhtml");
      browser.clickAndWaitForPage("newApplication");
      ApplicationScreen application = new ApplicationScreen(browser);
      application.about(
          "Robotisert sveising",
          "Vi legger om produksjonen til robotsveising og må lære opp operatørene.",
          "Omstilling av produksjon");
      application.restructuringAndDates(
          "Produksjonen går over fra manuell sveising til sveiseroboter.");
      assertThat(browser.byId("brokenRules").getText()).doesNotContain("R5");
      browser.waitUntil(d -> !d.findElements(By.id("status")).isEmpty());
      assertThat(browser.text("status")).isEqualTo("Utkast");
      assertThat(browser.text("reference")).isEqualTo("(utkast)");
      application.onePlanLine("Programmering av sveiseroboter", 60, 10, 12, 3);
      application.trainersAndWages("300000", "200000", "250000");
      assertThat(Browser.money(browser.text("eligibleCosts"))).isEqualByComparingTo("500000");
      assertThat(Browser.money(browser.text("maximumGrant"))).isEqualByComparingTo("250000");
      assertThat(browser.text("aidIntensity")).isEqualTo("50 %");
      browser.screenshot("applicant-form");
      application.save();
      assertThat(browser.globalMessages()).contains("Utkastet er lagret");
      application.next();
      application.next();

      // ... the summary refuses the submission while the training committee is missing, naming the
      // rule ...
      application.next();
      assertThat(browser.byId("allRules").getText()).contains("R17", "opplæringsutvalget");
      application.submit();
      assertThat(browser.globalMessages()).contains("opplæringsutvalget");
      assertThat(browser.text("status")).isEqualTo("Utkast");
      browser.screenshot("applicant-rules-broken");
      application.previous();
      // ... then submitted: the receipt gives its reference YYYY-NNNN and a PDF.
      String reference =
          application.committeeAndSubmit("Daglig leder Kari Nordmann", "Tillitsvalgt Ola Hansen");
      assertThat(browser.globalMessages()).contains(reference);
      browser.byId("receiptPdf").click();
      Path receipt = browser.awaitDownload(".pdf");
      try (PDDocument pdf = Loader.loadPDF(receipt.toFile())) {
        assertThat(new PDFTextStripper().getText(pdf)).contains(reference, "Robotisert sveising");
      }
      browser.clickAndWaitForPage("backToApplication");
      assertThat(browser.text("status")).isEqualTo("Sendt inn");
      browser.logout();

      // Caseworker: finds it in the county's queue, scores it on the rubric, recommends.
      browser.login("saksbehandler", PASSWORD);
      assertThat(browser.path()).isEqualTo("/casework/queue.xhtml");
      browser.type("queueForm:text", reference);
      browser.waitUntil(
          d ->
              d.findElements(By.linkText(reference)).size() == 1
                  && d.findElements(By.cssSelector("[id='queueForm:cases_data'] tr")).size() == 1);
      browser.clickLinkAndWaitForPage(reference);
      assertThat(browser.text("impartialityCompany"))
          .containsPattern("AS \\(\\d{3} \\d{3} \\d{3}\\)");
      CaseScreen caseScreen = new CaseScreen(browser);
      assertThat(caseScreen.showsScoreSheet()).isFalse();
      caseScreen.declareImpartial();
      caseScreen.fillScoreSheet(6, "4", "Godt beskrevet i søknaden.");
      browser.screenshot("caseworker-case");
      caseScreen.saveScore();
      assertThat(browser.globalMessages()).contains("75 poeng");
      assertThat(browser.text("status")).isEqualTo("Under behandling");
      assertThat(caseScreen.recommendedAmount()).isEqualByComparingTo("250000");
      caseScreen.recommend();
      assertThat(browser.text("status")).isEqualTo("Innstilt");
      browser.open("/casework/ranking.xhtml");
      assertThat(browser.heading()).isEqualTo("Rangering og finansieringslinje");
      WebElement ranked =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//tbody[@id='rankingForm:ranking_data']/tr[td[2][.='" + reference + "']]"));
      assertThat(ranked.getText()).contains("250 000,00", "Over linjen");
      browser.screenshot("caseworker-ranking");
      browser.logout();

      // Approver: sees the line before, grants, sees the commitment on the county's BIO line.
      browser.login("leder", PASSWORD);
      assertThat(browser.path()).isEqualTo("/casework/decisions.xhtml");
      BigDecimal[] before = bioLine(browser);
      browser.open("/casework/decisions.xhtml");
      browser.waitUntil(d -> !d.findElements(By.linkText(reference)).isEmpty());
      browser.clickLinkAndWaitForPage(reference);
      caseScreen.declareImpartial();
      assertThat(browser.byId("declarations").getText())
          .contains("saksbehandler", "leder", "Ikke inhabil");
      caseScreen.grant("Tiltaket er godt begrunnet og oppfyller vilkårene.");
      assertThat(browser.text("status")).isEqualTo("Innvilget");
      BigDecimal[] after = bioLine(browser);
      assertThat(after[0]).isEqualByComparingTo(before[0].add(new BigDecimal("250000")));
      assertThat(after[1]).isEqualByComparingTo(before[1].subtract(new BigDecimal("250000")));
      browser.screenshot("approver-budget");

      // The decision letter, downloaded from the case: a Word file with the sections the law
      // requires.
      browser.open("/casework/decisions.xhtml");
      caseScreen.open(caseId(browser, reference));
      browser.byId("letterDocx").click();
      Path letter = browser.awaitDownload(".docx");
      try (InputStream in = Files.newInputStream(letter);
          XWPFDocument docx = new XWPFDocument(in)) {
        List<String> paragraphs =
            docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(paragraphs)
            .contains(
                "Vedtak",
                "Begrunnelse",
                "Poengsum",
                "Vilkår",
                "Frist for aksept",
                "Utbetalingsplan",
                "Klagerett",
                "Innsyn");
        assertThat(String.join("\n", paragraphs))
            .contains(reference, "Tiltaket er godt begrunnet og oppfyller vilkårene.");
      }
      browser.openRefused("/reporting/reports.xhtml", 403);
      assertThat(browser.heading()).isEqualTo("Ingen tilgang");
      browser.logout();

      // Analyst: the standard report "spending by purpose" opens first; its committed total is the
      // budget page's, and the downloaded workbook's totals and rows agree with the page.
      browser.login("analytiker", PASSWORD);
      assertThat(browser.path()).isEqualTo("/reporting/reports.xhtml");
      assertThat(browser.text("reportTitle")).isEqualTo("Forbruk per opplæringsformål");
      // Footer: label, applications, applied, granted, committed, released, reclaimed. The report
      // counts every commitment booked; the budget page what is bound now: less what was released
      // or paid back (the demo's grants outside Innlandet).
      List<WebElement> footer =
          browser.driver().findElements(By.cssSelector("[id='builder:spending'] tfoot td"));
      BigDecimal committedOnPage = Browser.money(footer.get(4).getText());
      BigDecimal boundNow =
          committedOnPage
              .subtract(Browser.money(footer.get(5).getText()))
              .subtract(Browser.money(footer.get(6).getText()));
      browser.open("/budget/overview.xhtml");
      BigDecimal committedOnBudgetPage =
          Browser.money(
              browser
                  .driver()
                  .findElement(By.cssSelector("[id='budgetForm:lines'] tfoot td:nth-child(3)"))
                  .getText());
      assertThat(boundNow).isEqualByComparingTo(committedOnBudgetPage);
      browser.open("/reporting/reports.xhtml");
      browser.byId("builder:reportXlsx").click();
      Path xlsx = browser.awaitDownload(".xlsx");
      try (InputStream in = Files.newInputStream(xlsx);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        Sheet sheet = workbook.getSheet("Data");
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Row totals = sheet.getRow(sheet.getLastRowNum());
        // Columns: purpose, key, applications, applied, granted, committed.
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
        assertThat(totals.getCell(5).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(BigDecimal.valueOf(evaluator.evaluate(totals.getCell(5)).getNumberValue()))
            .isEqualByComparingTo(committedOnPage);
        BigDecimal rowsCommitted = BigDecimal.ZERO;
        for (int r = 1; r < sheet.getLastRowNum(); r++) {
          assertThat(sheet.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(sheet.getRow(r).getCell(5).getCellStyle().getDataFormatString())
              .contains("kr");
          rowsCommitted =
              rowsCommitted.add(
                  BigDecimal.valueOf(sheet.getRow(r).getCell(5).getNumericCellValue()));
        }
        assertThat(rowsCommitted).isEqualByComparingTo(committedOnPage);
      }
      browser.openRefused("/identity/admin.xhtml", 403);
      assertThat(browser.heading()).isEqualTo("Ingen tilgang");
      browser.logout();

      // Admin: their own start page, and no casework.
      browser.login("admin", PASSWORD);
      assertThat(browser.path()).isEqualTo("/identity/admin.xhtml");
      browser.clickAndWaitForPage("staffLink");
      assertThat(browser.text("accounts")).contains("saksbehandler", "leder", "analytiker");
      browser.openRefused("/grantapplication/applications.xhtml", 403);
      assertThat(browser.heading()).isEqualTo("Ingen tilgang");
    }
  }

  @Test
  void adminRegistersAnAllocationSplitPerInhabitantAndTheAnalystSeesItsLines() {
    try (Browser browser = new Browser(base)) {
      browser.login("admin", PASSWORD);
      browser.open("/budget/allocations.xhtml");
      // CTY-P1: the inhabitants say which year they belong to, and when a year has none of its own
      assertThat(browser.text("inhabitantsSource")).isEqualTo("Innbyggertallene for 2021.");
      browser.typeNumber("allocationForm:inhabitantsYear", "2035");
      browser.waitUntil(d -> browser.text("inhabitantsSource").startsWith("2035 har ingen"));
      assertThat(browser.text("inhabitantsSource"))
          .matches(
              "2035 har ingen innbyggertall av sine egne: tabellen viser tallene for 20\\d\\d,.*");
      browser.screenshot("admin-inhabitants-2035");
      browser.type("allocationForm:name", "Prop. 79 S (2020–2021)");
      browser.type("allocationForm:source", "Statsbudsjettet 2021, kompetansetiltak");
      browser.typeNumber("allocationForm:year", "2021");
      browser.typeNumber("allocationForm:amount", "200000000");
      browser.click("allocationForm:preview");
      browser.waitUntil(d -> !d.findElements(By.id("previewTotal")).isEmpty());
      assertThat(Browser.money(browser.text("previewTotal"))).isEqualByComparingTo("200000000");
      assertThat(browser.byId("previewTable").getText())
          .contains("03 Oslo", "25 856 000,00", "34 Innlandet", "13 748 000,00");
      browser.screenshot("admin-allocation-preview");
      browser.click("allocationForm:register");
      browser.waitUntil(d -> browser.globalMessages().contains("er registrert"));
      assertThat(browser.byId("allocationForm:allocations").getText())
          .contains("Prop. 79 S (2020–2021)");
      browser.logout();

      browser.login("analytiker", PASSWORD);
      browser.open("/budget/overview.xhtml");
      assertThat(
              browser.driver().findElements(By.cssSelector("[id='budgetForm:counties_data'] tr")))
          .hasSize(11);
      assertThat(browser.driver().findElements(By.cssSelector("canvas"))).isNotEmpty();
      String innlandet2020 =
          browser
              .driver()
              .findElement(
                  By.xpath("//tbody[@id='budgetForm:counties_data']/tr[td[1][.='Innlandet']]"))
              .getText();
      assertThat(innlandet2020).containsPattern("\\d,\\d\\d$");
      browser.screenshot("analyst-budget-2020");
      browser.selectMenu("budgetForm:year", "2021");
      browser.waitUntil(
          d ->
              d.findElement(By.id("budgetForm:lines"))
                  .getText()
                  .contains("Prop. 79 S (2020–2021)"));
      assertThat(browser.driver().findElements(By.cssSelector("[id='budgetForm:lines_data'] tr")))
          .hasSize(11);
      assertThat(browser.byId("budgetForm:lines").getText())
          .contains("25 856 000,00", "8 984 000,00");
    }
  }

  @Test
  void aTransferBetweenLinesIsBookedWhenASecondPersonApprovesIt() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.login("admin", PASSWORD);
      browser.open("/budget/overview.xhtml");
      WebElement crisisLink =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//tbody[@id='budgetForm:lines_data']/tr[td[1][.='Innlandet'] and td[2][contains(., 'Krisepakke')]]//a"));
      browser.clickAndWaitForPage(crisisLink);
      browser.selectMenu("lineForm:transferTo", BIO_LINE);
      browser.typeNumber("lineForm:transferAmount", "100000");
      browser.type("lineForm:transferReason", "Flere BIO-søknader enn ventet");
      browser.click("lineForm:requestTransfer");
      browser.waitUntil(d -> browser.globalMessages().contains("venter nå på godkjenning"));
      browser.logout();

      browser.login("leder", PASSWORD);
      BigDecimal availableBefore = bioLine(browser)[1];
      browser.clickLinkAndWaitForPage(BIO_LINE);
      assertThat(browser.byId("lineForm:pending").getText())
          .contains("100 000,00", "Flere BIO-søknader enn ventet");
      browser.click("lineForm:pending:0:approve");
      browser.waitUntil(d -> browser.globalMessages().contains("godkjent og bokført"));
      assertThat(Browser.money(browser.text("available")))
          .isEqualByComparingTo(availableBefore.add(new BigDecimal("100000")));
      assertThat(browser.byId("lineForm:ledger").getText())
          .contains("Overføring", "Flere BIO-søknader enn ventet");
      browser.screenshot("approver-line");

      browser.byId("lineForm:exportLedger").click();
      Path xlsx = browser.awaitDownload(".xlsx");
      try (InputStream in = Files.newInputStream(xlsx);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        Sheet sheet = workbook.getSheetAt(0);
        boolean transferFound = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if ("Overføring".equals(row.getCell(2).getStringCellValue())) {
            transferFound = true;
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(100000.0);
          }
        }
        assertThat(transferFound).isTrue();
      }
    }
  }

  /** The county's BIO line on the budget page: {committed, available}. */
  private static BigDecimal[] bioLine(Browser browser) {
    browser.open("/budget/overview.xhtml");
    WebElement row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='budgetForm:lines_data']/tr[td[contains(., '"
                        + BIO_LINE
                        + "')]]"));
    return new BigDecimal[] {
      Browser.money(row.findElement(By.className("committed")).getText()),
      Browser.money(row.findElement(By.className("available")).getText())
    };
  }

  @Test
  void companyAcceptsAndIsPaidAfterTheCaseworkersCheck() throws Exception {
    try (Browser browser = new Browser(base)) {
      // The company accepts its partly granted demo application with a bank account ...
      browser.login("soker", PASSWORD);
      WebElement row =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//tbody[@id='applications_data']/tr[td[4][normalize-space(.)='Delvis innvilget']]"));
      String reference = row.findElement(By.tagName("a")).getText();
      browser.clickLinkAndWaitForPage(reference);
      browser.clickAndWaitForPage("grantLink");
      assertThat(browser.heading()).contains(reference);
      String letterPath = new URL(browser.byId("letterPdf").getAttribute("href")).getPath();
      browser.type("acceptForm:bankAccount", "1234.56.78904");
      browser
          .driver()
          .findElement(By.cssSelector("[id='acceptForm:acceptConditions'] .ui-chkbox-box"))
          .click();
      browser.clickAndWaitForPage("acceptForm:accept");
      assertThat(browser.byId("acceptForm").getText()).contains("ikke et gyldig kontonummer");
      assertThat(browser.text("status")).isEqualTo("Delvis innvilget");
      browser.type("acceptForm:bankAccount", "1234.56.78903");
      browser.clickAndWaitForPage("acceptForm:accept");
      assertThat(browser.text("status")).isEqualTo("Akseptert");

      // ... and asks for a part payment on 100 000 kr of trainers' costs (category a), beside the
      // plan.
      browser.typeNumber("paymentForm:costs:0:actual", "100000");
      browser.waitUntil(d -> d.findElement(By.id("eligibleDocumented")).getText().contains("100"));
      assertThat(Browser.money(browser.text("eligibleDocumented"))).isEqualByComparingTo("100000");
      browser.screenshot("applicant-payment-request");
      browser.clickAndWaitForPage("paymentForm:requestPayment");
      assertThat(browser.globalMessages()).contains("sendt til fylkeskommunen");
      browser.waitUntil(
          d -> d.findElement(By.id("myRequests")).getText().contains("Til behandling"));
      assertThat(browser.byId("myRequests").getText()).contains("Delutbetaling");
      browser.logout();

      // The approver finds it in the payment run, checks it against the rules and approves it.
      browser.login("leder", PASSWORD);
      browser.open("/payment/payment-run.xhtml");
      browser.clickLinkAndWaitForPage(
          browser.byId("awaiting").findElement(By.tagName("a")).getText());
      assertThat(browser.text("status")).isEqualTo("Akseptert");
      assertThat(browser.text("bankAccount")).isEqualTo("1234.56.78903");
      BigDecimal payable =
          Browser.money(browser.driver().findElement(By.cssSelector(".payable")).getText());
      String paymentsPath =
          browser.path() + "?" + new URL(browser.driver().getCurrentUrl()).getQuery();
      assertThat(payable).isPositive();
      browser.screenshot("caseworker-payment-check");
      browser.clickAndWaitForPage(
          browser.driver().findElement(By.xpath("//button[contains(@id,'approve')]")));
      assertThat(browser.text("status")).isEqualTo("Under gjennomføring");
      assertThat(Browser.money(browser.text("disbursed"))).isEqualByComparingTo(payable);

      browser.logout();

      // The company sends the final report with an auditor's attestation (the grant is above 200
      // 000 kr) ...
      browser.login("soker", PASSWORD);
      browser.clickLinkAndWaitForPage(reference);
      browser.clickAndWaitForPage("grantLink");
      BigDecimal grant = Browser.money(browser.text("grantAmount"));
      browser
          .driver()
          .findElement(By.xpath("//label[normalize-space(.)='Sluttutbetaling']"))
          .click();
      browser.typeNumber("paymentForm:costs:0:actual", "100000000");
      // Wages (f) above twice the training costs: the excess does not count, and the form says so.
      browser.typeNumber("paymentForm:costs:5:actual", "300000000");
      browser.waitUntil(
          d ->
              d.findElement(By.id("paymentForm:paymentPreview")).getText().contains("regnes ikke"));
      assertThat(Browser.money(browser.text("eligibleDocumented")))
          .isEqualByComparingTo("300000000");
      // Sent without the report: every missing part is named next to its field, nothing is sent.
      browser.clickAndWaitForPage("paymentForm:requestPayment");
      assertThat(browser.byId("paymentForm").getText())
          .contains(
              "Skriv sluttrapporten.", "Oppgi antall deltakere", "Oppgi antall opplæringstimer");
      assertThat(browser.text("status")).isEqualTo("Under gjennomføring");
      browser.typeNumber("paymentForm:participants", "12");
      browser.typeNumber("paymentForm:trainingHours", "480");
      browser.type("paymentForm:report", "Alle tolv har fullført opplæringen i de nye verktøyene.");
      browser
          .driver()
          .findElement(By.cssSelector("[id='paymentForm:auditorAttested'] .ui-chkbox-box"))
          .click();
      browser.type("paymentForm:auditorName", "Revisjon Innlandet AS");
      browser.clickAndWaitForPage("paymentForm:requestPayment");
      assertThat(browser.text("status")).isEqualTo("Sluttrapportert");
      browser.logout();

      // ... the approver approves the rest; above 100 000 kr a second approver must approve too ...
      browser.login("leder", PASSWORD);
      browser.open(paymentsPath);
      BigDecimal rest =
          Browser.money(browser.driver().findElement(By.cssSelector(".payable")).getText());
      assertThat(rest).isEqualByComparingTo(grant.subtract(payable));
      browser.clickAndWaitForPage(
          browser.driver().findElement(By.xpath("//button[contains(@id,'approve')]")));
      assertThat(browser.globalMessages()).contains("En annen godkjenner må godkjenne");
      browser.logout();
      browser.login("leder2", PASSWORD);
      browser.open(paymentsPath.replace("/payment/payments.xhtml", "/casework/case.xhtml"));
      new CaseScreen(browser).declareImpartial();
      browser.open(paymentsPath);
      browser.clickAndWaitForPage(
          browser.driver().findElement(By.xpath("//button[contains(@id,'approve')]")));
      assertThat(Browser.money(browser.text("disbursed"))).isEqualByComparingTo(grant);
      assertThat(Browser.money(browser.text("openCommitment"))).isEqualByComparingTo("0");

      // ... and the case is closed.
      browser.clickAndWaitForPage("closeForm:close");
      assertThat(browser.text("status")).isEqualTo("Avsluttet");
      browser.screenshot("caseworker-closed");

      // The payments go to the finance system in a payment file.
      browser.open("/payment/payment-run.xhtml");
      browser.clickAndWaitForPage("exportForm:export");
      browser.driver().findElement(By.cssSelector("[id='files'] a")).click();
      Path csv = browser.awaitDownload(".csv");
      String file = Files.readString(csv);
      assertThat(file).startsWith("betalingsdato;kontonummer;belop;");
      assertThat(file)
          .contains(
              ";12345678903;" + payable.setScale(2) + ";",
              ";12345678903;" + rest.setScale(2) + ";",
              reference);
      browser.logout();

      // Another county's caseworker reaches neither the payments nor the letter, not even by URL.
      browser.login("saksbehandler.03", PASSWORD);
      browser.openRefused(paymentsPath, 404);
      assertThat(browser.heading()).isEqualTo("Fant ikke siden");
      browser.openRefused(letterPath, 404);
      assertThat(browser.heading()).isEqualTo("Fant ikke siden");
    }
  }

  @Test
  void caseworkerAsksTheCompanyAndTheAnswerBringsTheCaseBack() throws Exception {
    String question = "Hvor mange av deltakerne er permittert?";
    String answer = "Fire av de tolv deltakerne er permittert.";
    String id =
        String.valueOf(new RemoteCases(new FormClient(base), CaseStage.SUBMITTED).current());
    try (Browser browser = new Browser(base)) {
      browser.login("saksbehandler", PASSWORD);
      CaseScreen caseScreen = new CaseScreen(browser);
      caseScreen.open(id);
      caseScreen.declareImpartial();
      assertThat(browser.text("status")).isEqualTo("Sendt inn");
      caseScreen.ask(
          question, LocalDate.now().plusDays(14).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
      assertThat(browser.text("status")).isEqualTo("Venter på søker");
      browser.logout();

      browser.login("soker", PASSWORD);
      browser.open("/grantapplication/application.xhtml?id=" + id);
      assertThat(browser.text("status")).isEqualTo("Venter på søker");
      assertThat(browser.byId("questions").getText()).contains(question, "(ikke besvart)");
      browser.type("answerForm:answer", answer);
      browser.clickAndWaitForPage("answerForm:sendAnswer");
      assertThat(browser.text("status")).isEqualTo("Under behandling");
      browser.logout();

      browser.login("saksbehandler", PASSWORD);
      caseScreen.open(id);
      assertThat(browser.text("status")).isEqualTo("Under behandling");
      assertThat(browser.byId("questions").getText()).contains(question, answer);
    }
  }

  @Test
  void aStalePageIsToldWhatChangedAndOverwritesNothing() throws Exception {
    String recommendedRow =
        "//tbody[@id='queueForm:cases_data']/tr[td[normalize-space(.)='Innstilt']]";
    try (Browser first = new Browser(base);
        Browser second = new Browser(base)) {
      first.login("leder", PASSWORD);
      first.open("/casework/queue.xhtml");
      first.waitUntil(d -> !d.findElements(By.xpath(recommendedRow)).isEmpty());
      String reference = first.driver().findElement(By.xpath(recommendedRow + "//a")).getText();
      String id = caseId(first, reference);
      CaseScreen firstCase = new CaseScreen(first);
      CaseScreen secondCase = new CaseScreen(second);
      firstCase.open(id);
      firstCase.declareImpartial();

      // The same approver has the case open in a second window ...
      second.login("leder", PASSWORD);
      secondCase.open(id);
      assertThat(second.text("status")).isEqualTo("Innstilt");

      // ... grants it in the first ...
      firstCase.grant("Godt begrunnet.");
      assertThat(first.text("status")).isEqualTo("Innvilget");

      // ... and then rejects it from the stale second window: refused, told what happened.
      secondCase.reject("Avslått.");
      assertThat(second.globalMessages())
          .contains("endret av leder", "Innvilget", "Ingenting av det du gjorde er lagret");
      assertThat(second.text("status")).isEqualTo("Innvilget");
      assertThat(second.text("decision")).startsWith("Innvilget");
    }
  }

  private static String caseId(Browser browser, String reference) {
    browser.open("/casework/queue.xhtml");
    browser.type("queueForm:text", reference);
    browser.waitUntil(
        d ->
            d.findElements(By.linkText(reference)).size() == 1
                && d.findElements(By.cssSelector("[id='queueForm:cases_data'] tr")).size() == 1);
    String href = browser.driver().findElement(By.linkText(reference)).getAttribute("href");
    return href.replaceAll(".*[?&]id=(\\d+).*", "$1");
  }
}
