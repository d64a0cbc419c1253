package no.biogrants.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.biogrants.county.Counties;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.SpendingReports;
import no.biogrants.reporting.export.SpendingByPurposeWorkbook;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.MoneyFormat;

/** GET /reports/spending-by-purpose.xlsx?year=YYYY: the report as an Excel workbook (analysts only, see web.xml). */
@WebServlet("/reports/spending-by-purpose.xlsx")
public class SpendingByPurposeDownload extends HttpServlet {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private SpendingReports reports;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int year;
    try {
      year = Integer.parseInt(request.getParameter("year"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.text(MoneyFormat.NORWEGIAN, "validation.year.invalid"));
      return;
    }
    Actor actor = activeUser.actor();
    Locale locale = MoneyFormat.NORWEGIAN;
    Map<String, String> labels = new LinkedHashMap<>();
    for (TrainingPurpose purpose : TrainingPurpose.values()) {
      labels.put(purpose.name(), Messages.text(locale, "TrainingPurpose." + purpose.name()));
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("År", String.valueOf(year));
    filters.put("Fylke", actor.countyCode() == null ? "Alle fylker" : counties.byCode(actor.countyCode()).getName());
    byte[] workbook =
        SpendingByPurposeWorkbook.build(
            reports.spendingByPurpose(actor, year), labels, filters, ZonedDateTime.now(clock.withZone(ClockProducer.OSLO)));
    response.setContentType(CONTENT_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"forbruk-per-formal-" + year + ".xlsx\"");
    response.setContentLength(workbook.length);
    response.getOutputStream().write(workbook);
  }
}
