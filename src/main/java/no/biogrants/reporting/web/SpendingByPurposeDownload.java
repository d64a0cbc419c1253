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
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.LocaleSelection;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.SpendingReports;
import no.biogrants.reporting.export.SpendingByPurposeWorkbook;
import no.biogrants.shared.ClockProducer;

/** GET /reports/spending-by-purpose.xlsx?year=YYYY: the report as an Excel workbook (analysts only, see web.xml). */
@WebServlet("/reports/spending-by-purpose.xlsx")
public class SpendingByPurposeDownload extends HttpServlet {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private SpendingReports reports;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;
  @Inject private Clock clock;
  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int year;
    try {
      year = Integer.parseInt(request.getParameter("year"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.text(localeSelection.getLocale(), "validation.year.invalid"));
      return;
    }
    Actor actor = activeUser.actor();
    Locale locale = localeSelection.getLocale();
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put(Messages.text(locale, "report.filter.year"), String.valueOf(year));
    filters.put(
        Messages.text(locale, "report.filter.county"),
        actor.countyCode() == null
            ? Messages.text(locale, "report.filter.allCounties")
            : counties.byCode(actor.countyCode()).getName());
    byte[] workbook =
        SpendingByPurposeWorkbook.build(
            reports.spendingByPurpose(actor, year),
            key -> Messages.text(locale, key),
            filters,
            ZonedDateTime.now(clock.withZone(ClockProducer.OSLO)));
    no.biogrants.infrastructure.web.Downloads.send(response, CONTENT_TYPE, "forbruk-per-formal-" + year + ".xlsx", workbook);
  }
}
