package no.biogrants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.biogrants.it.Browser;
import no.biogrants.it.Deployments;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The national analyst's reports through the real pages in headless Chromium, on the real WAR
 * against MariaDB: spending by purpose in one click, the cases behind a row, the report as .xlsx
 * whose totals (SUM formulas) match the page, a standard report with a chart, and the whole case
 * list exported in the background and downloaded when done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Deployments.DEMO_SERVER)
class ReportsJourneyPageIT {

  private static final String PASSWORD = "demo1234";

  @Deployment
  static WebArchive deployment() {
    return Deployments.demoServer();
  }

  @ArquillianResource private URL base;

  @Test
  void theAnalystRunsSpendingByPurposeDrillsDownAndDownloadsTheWorkbook() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.login("analytiker", PASSWORD);
      assertThat(browser.path()).isEqualTo("/reporting/reports.xhtml");
      browser.click("builder:standard:0:std");
      browser.waitForAjax();
      assertThat(browser.text("reportTitle")).isEqualTo("Forbruk per opplæringsformål");
      assertThat(browser.byId("builder:chart")).isNotNull();

      // Footer: label, applications, applied, granted, committed, released, reclaimed.
      List<WebElement> footer =
          browser.driver().findElements(By.cssSelector("[id='builder:spending'] tfoot td"));
      long applications = Long.parseLong(footer.get(1).getText().replaceAll("[^0-9]", ""));
      BigDecimal applied = Browser.money(footer.get(2).getText());
      BigDecimal granted = Browser.money(footer.get(3).getText());
      BigDecimal committed = Browser.money(footer.get(4).getText());
      assertThat(applications).isPositive();
      assertThat(committed).isPositive();

      // Drill down: the cases behind the first purpose are as many as its applications.
      String firstPurpose = browser.text("builder:spending:0:drill");
      long firstCount = drillIntoTheFirstRow(browser, firstPurpose, 2);
      assertThat(browser.driver().findElements(By.cssSelector("[id='builder:cases_data'] tr")))
          .hasSize((int) Math.min(firstCount, 20));
      closeTheCases(browser);

      // The workbook: numeric cells, SUM formulas that give the page's totals.
      browser.byId("builder:reportXlsx").click();
      Path xlsx = browser.awaitDownload("rapport-2020.xlsx");
      try (InputStream in = Files.newInputStream(xlsx);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        Sheet sheet = workbook.getSheet("Data");
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Row totals = sheet.getRow(sheet.getLastRowNum());
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
        assertThat(totals.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat((long) evaluator.evaluate(totals.getCell(2)).getNumberValue())
            .isEqualTo(applications);
        assertThat(BigDecimal.valueOf(evaluator.evaluate(totals.getCell(3)).getNumberValue()))
            .isEqualByComparingTo(applied);
        assertThat(BigDecimal.valueOf(evaluator.evaluate(totals.getCell(4)).getNumberValue()))
            .isEqualByComparingTo(granted);
        assertThat(BigDecimal.valueOf(evaluator.evaluate(totals.getCell(5)).getNumberValue()))
            .isEqualByComparingTo(committed);
        assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).contains("kr");
        assertThat(workbook.getSheet("Om rapporten").getRow(0).getCell(1).getStringCellValue())
            .isEqualTo("Forbruk per opplæringsformål");
      }

      // By two dimensions: each county broken down by purpose, the same totals, drilled to both
      // keys.
      browser.click("builder:standard:9:std");
      browser.waitForAjax();
      assertThat(browser.text("reportTitle")).isEqualTo("Forbruk per fylke og opplæringsformål");
      List<WebElement> pairFooter =
          browser.driver().findElements(By.cssSelector("[id='builder:spending'] tfoot td"));
      // Footer: label, (purpose), applications, applied, granted, committed.
      assertThat(Long.parseLong(pairFooter.get(2).getText().replaceAll("[^0-9]", "")))
          .isEqualTo(applications);
      assertThat(Browser.money(pairFooter.get(5).getText())).isEqualByComparingTo(committed);
      String county = browser.text("builder:spending:0:drill");
      drillIntoTheFirstRow(browser, county + " – " + browser.text("builder:spending:0:byLabel"), 3);
      closeTheCases(browser);

      // Another standard report: oversubscription per county, with a chart.
      browser.click("builder:standard:3:std");
      browser.waitForAjax();
      assertThat(browser.text("reportTitle")).isEqualTo("Overtegning per fylke");
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("[id='builder:oversubscription_data'] tr")))
          .hasSizeGreaterThan(1);

      // The whole case list in the background: progress, then a download link.
      browser.click("builder:exportAll");
      browser.waitForAjax();
      browser.waitUntil(d -> !d.findElements(By.id("builder:exports:0:file")).isEmpty());
      browser.byId("builder:exports:0:file").click();
      Path cases = browser.awaitDownload("saker-2020-0.xlsx");
      try (InputStream in = Files.newInputStream(cases);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        Sheet sheet = workbook.getSheet("Data");
        assertThat(sheet.getLastRowNum()).isEqualTo((int) applications + 1);
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        assertThat(
                BigDecimal.valueOf(
                    evaluator
                        .evaluate(sheet.getRow(sheet.getLastRowNum()).getCell(18))
                        .getNumberValue()))
            .isEqualByComparingTo(committed);
      }
    }
  }

  @Test
  void aCountyAnalystSeesOnlyTheirCounty() {
    try (Browser browser = new Browser(base)) {
      browser.login("analytiker.34", PASSWORD);
      assertThat(browser.path()).isEqualTo("/reporting/reports.xhtml");
      assertThat(browser.driver().findElements(By.id("builder:county"))).isEmpty();
      browser.click("builder:standard:8:std");
      browser.waitForAjax();
      assertThat(browser.text("reportTitle")).isEqualTo("Deltakere og opplæringstimer per fylke");
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("[id='builder:spending_data'] tr"));
      assertThat(rows).hasSize(1);
      assertThat(browser.text("builder:spending:0:drill")).isEqualTo("Innlandet");

      // Another county's figures by URL: refused.
      browser.openRefused(
          "/reporting/download?report=SPENDING&groupBy=county&year=2020&county=03&format=csv", 403);
      assertThat(browser.driver().getPageSource()).doesNotContain("applications;");
      assertThat(browser.heading()).isEqualTo("Ingen tilgang");
    }
  }

  /**
   * Opens the cases behind the spending table's first row and checks the dialog names the row and
   * counts as many cases as the row's applications (in column {@code countColumn}); gives that
   * count.
   */
  private static long drillIntoTheFirstRow(Browser browser, String label, int countColumn) {
    long count =
        Long.parseLong(
            browser
                .driver()
                .findElement(
                    By.cssSelector(
                        "[id='builder:spending_data'] tr:first-child td:nth-child("
                            + countColumn
                            + ")"))
                .getText()
                .replaceAll("[^0-9]", ""));
    browser.click("builder:spending:0:drill");
    browser.waitForAjax();
    browser.waitUntil(d -> d.findElement(By.id("builder:casesDialog")).isDisplayed());
    assertThat(browser.text("drillLabel")).isEqualTo(label);
    assertThat(browser.text("caseCount")).startsWith(count + " saker");
    return count;
  }

  private static void closeTheCases(Browser browser) {
    browser
        .driver()
        .findElement(By.cssSelector("#builder\\:casesDialog .ui-dialog-titlebar-close"))
        .click();
  }
}
