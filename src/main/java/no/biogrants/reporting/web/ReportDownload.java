package no.biogrants.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.biogrants.county.Counties;
import no.biogrants.document.FileFormat;
import no.biogrants.document.ReportTexts;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.Downloads;
import no.biogrants.infrastructure.web.LocaleSelection;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.CaseListReader;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.Reports;
import no.biogrants.reporting.api.FilterQuery;
import no.biogrants.reporting.api.ReportParameters;
import no.biogrants.reporting.export.CaseListExport;
import no.biogrants.reporting.export.FilterDescription;
import no.biogrants.reporting.export.ReportTable;
import no.biogrants.reporting.export.ReportTables;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;

/**
 * GET /reporting/download: the report on the page, or the cases behind one of its rows, as .xlsx or
 * .csv (analysts only, see web.xml). Takes the API's parameters, plus {@code report}, {@code
 * measures} and a drill-down ({@code drill}, {@code key}, {@code key2}). The case list streams.
 */
@WebServlet("/reporting/download")
public class ReportDownload extends HttpServlet {

  @Inject private Reports reports;
  @Inject private CaseListReader reader;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;
  @Inject private Clock clock;
  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = localeSelection.getLocale();
    try {
      download(request, response, locale);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, Messages.text(locale, "access.denied"));
    } catch (BusinessException e) {
      String message =
          e.violations().isEmpty()
              ? Messages.text(locale, e.messageKey(), e.arguments().toArray())
              : Messages.text(
                  locale,
                  e.violations().get(0).messageKey(),
                  e.violations().get(0).arguments().toArray());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, message);
    }
  }

  /** The download the request's parameters ask for, in the caller's language. */
  private void download(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    UnaryOperator<String> text = key -> Messages.text(locale, key);
    ReportParameters p = new ReportParameters();
    ReportFilter filter = p.filter(q(request, "year"), FilterQuery.of(name -> q(request, name)));
    FileFormat format = p.format(q(request, "format"));
    String report = String.valueOf(q(request, "report"));
    Grouping grouping =
        report.equals("FUND_PURPOSE")
            ? null
            : p.grouping(
                q(request, report.equals("cases") ? "drill" : "groupBy"),
                EnumSet.allOf(Dimension.class),
                !report.equals("OVERSUBSCRIPTION"));
    p.check();
    Actor actor = activeUser.actor();
    ReportFilter scoped =
        reports.scoped(actor, report.equals("cases") ? drilled(filter, grouping, request) : filter);
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockProducer.OSLO));
    Map<String, String> filterLines =
        FilterDescription.of(scoped, text, code -> counties.namesByCode().getOrDefault(code, code));
    // JSON is the API's; the page's downloads are spreadsheets, so json gives csv here.
    if (report.equals("cases")) {
      sendCases(
          response,
          format == FileFormat.JSON ? FileFormat.CSV : format,
          actor,
          scoped,
          text,
          filterLines,
          now);
      return;
    }
    ReportTable table =
        table(
            report,
            grouping,
            scoped,
            measures(q(request, "measures")),
            titleKey(q(request, "title")),
            actor,
            locale,
            text);
    sendTable(response, table, format, scoped.year(), text, filterLines, now);
  }

  /** The cases behind a row, streamed as they are read. */
  private void sendCases(
      HttpServletResponse response,
      FileFormat format,
      Actor actor,
      ReportFilter scoped,
      UnaryOperator<String> text,
      Map<String, String> filterLines,
      ZonedDateTime now)
      throws IOException {
    response.setContentType(format.contentType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"saker-" + scoped.year() + "." + format.extension() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    CaseListExport.write(
        format,
        reader.pages(actor, scoped, n -> {}),
        text,
        ReportTexts.of(text, "reports.std.cases"),
        filterLines,
        now,
        response.getOutputStream());
  }

  /** The report's table as .xlsx, or .csv for any other format. */
  private static void sendTable(
      HttpServletResponse response,
      ReportTable table,
      FileFormat format,
      Integer year,
      UnaryOperator<String> text,
      Map<String, String> filterLines,
      ZonedDateTime now)
      throws IOException {
    FileFormat fileFormat = format == FileFormat.XLSX ? FileFormat.XLSX : FileFormat.CSV;
    byte[] content =
        fileFormat == FileFormat.XLSX
            ? table.xlsx(ReportTexts.of(text, table.name()), filterLines, now)
            : table.csv();
    Downloads.send(
        response,
        fileFormat.contentType(),
        "rapport-" + year + "." + fileFormat.extension(),
        content);
  }

  private ReportTable table(
      String report,
      Grouping grouping,
      ReportFilter filter,
      List<ReportMeasure> measures,
      String title,
      Actor actor,
      Locale locale,
      UnaryOperator<String> text) {
    return switch (report) {
      case "OVERSUBSCRIPTION" ->
          ReportTables.oversubscription(
              title,
              grouping.dimension(),
              reports.oversubscription(actor, grouping.dimension(), filter, locale),
              text);
      case "FUND_PURPOSE" ->
          ReportTables.fundPurposes(title, reports.fundPurposes(actor, filter), text);
      default ->
          ReportTables.spending(
              title, grouping, measures, reports.spending(actor, grouping, filter, locale), text);
    };
  }

  /**
   * The cases behind one row: {@code drill} names the row's dimensions, {@code key} (and {@code
   * key2}) its keys.
   */
  private static ReportFilter drilled(
      ReportFilter filter, Grouping grouping, HttpServletRequest request) {
    ReportFilter drilled = filter.drilledTo(grouping.dimension(), emptyToNull(q(request, "key")));
    return grouping.twoDimensions()
        ? drilled.drilledTo(grouping.by(), emptyToNull(q(request, "key2")))
        : drilled;
  }

  /** The measures named (comma-separated API names), in the documented order; all when none is. */
  static List<ReportMeasure> measures(String names) {
    List<ReportMeasure> chosen = new ArrayList<>();
    for (ReportMeasure m : ReportMeasure.values()) {
      if (names == null || names.isBlank() || List.of(names.split(",")).contains(m.apiName())) {
        chosen.add(m);
      }
    }
    return chosen.isEmpty() ? List.of(ReportMeasure.values()) : chosen;
  }

  private static String titleKey(String key) {
    return key != null && key.matches("reports\\.(std|kind)\\.[A-Za-z_]+")
        ? key
        : "reports.std.spending";
  }

  private static String q(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
