package no.biogrants.budget.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.biogrants.budget.BudgetDashboard;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.CountyBudgetRow;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.county.Counties;
import no.biogrants.document.ReportTexts;
import no.biogrants.document.TableWorkbook;
import no.biogrants.document.TableWorkbook.Column;
import no.biogrants.document.TableWorkbook.Kind;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.Downloads;
import no.biogrants.infrastructure.web.LocaleSelection;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.ClockProducer;

/**
 * Excel downloads of the budget pages (web.xml limits /budget/* to county staff, analysts and
 * admins; county staff get their own county only): GET /budget/lines.xlsx?year=YYYY and GET
 * /budget/line-ledger.xlsx?id=N and GET /budget/counties.xlsx?year=YYYY (per county, with the
 * oversubscription).
 */
@WebServlet({"/budget/lines.xlsx", "/budget/line-ledger.xlsx", "/budget/counties.xlsx"})
public class BudgetExports extends HttpServlet {

  private static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private Budgets budgets;
  @Inject private Counties counties;
  @Inject private ActiveUser activeUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private Clock clock;
  @Inject private BudgetDashboard dashboard;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = localeSelection.getLocale();
    Function<String, String> text = key -> Messages.text(locale, key);
    Actor actor = activeUser.actor();
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockProducer.OSLO));
    boolean byYear = !request.getServletPath().endsWith("line-ledger.xlsx");
    Long number = number(request.getParameter(byYear ? "year" : "id"));
    if (number == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, text.apply("api.badRequest"));
      return;
    }
    byte[] workbook;
    String filename;
    if (request.getServletPath().endsWith("counties.xlsx")) {
      int year = number.intValue();
      workbook = perCounty(dashboard.perCounty(actor, year), year, text, now);
      filename = "budsjett-per-fylke-" + year + ".xlsx";
    } else if (request.getServletPath().endsWith("lines.xlsx")) {
      int year = number.intValue();
      List<BudgetLine> lines =
          actor.countyCode() == null
              ? budgets.linesForYear(year)
              : budgets.linesFor(actor.countyCode(), year);
      workbook = lines(lines, year, actor, text, now);
      filename = "budsjettlinjer-" + year + ".xlsx";
    } else {
      BudgetLine line = budgets.line(number);
      if (line == null || !actor.worksIn(line.getCountyCode())) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      workbook = ledger(line, text, now);
      filename = "posteringer-linje-" + line.getId() + ".xlsx";
    }
    Downloads.send(response, CONTENT_TYPE, filename, workbook);
  }

  private byte[] lines(
      List<BudgetLine> lines,
      int year,
      Actor actor,
      Function<String, String> text,
      ZonedDateTime now) {
    Map<String, String> names = counties.namesByCode();
    List<Column> columns =
        List.of(
            new Column(text.apply("budget.county"), Kind.TEXT, null),
            new Column(text.apply("budget.line"), Kind.TEXT, null),
            new Column(text.apply("budget.purposes"), Kind.TEXT, null),
            new Column(text.apply("budget.allocated"), Kind.NOK, text.apply("export.defAllocated")),
            new Column(
                text.apply("line.transferred"), Kind.NOK, text.apply("export.defTransferred")),
            new Column(text.apply("budget.committed"), Kind.NOK, text.apply("export.defCommitted")),
            new Column(text.apply("budget.disbursed"), Kind.NOK, text.apply("export.defDisbursed")),
            new Column(text.apply("line.released"), Kind.NOK, text.apply("export.defReleased")),
            new Column(text.apply("line.reclaimed"), Kind.NOK, text.apply("export.defReclaimed")),
            new Column(
                text.apply("budget.available"), Kind.NOK, text.apply("export.defAvailable")));
    List<List<Object>> rows = new ArrayList<>();
    for (BudgetLine l : lines) {
      String purposes =
          l.getAllocation().getPurposes().stream()
              .sorted()
              .map(p -> text.apply("FundPurpose." + p.name()))
              .collect(Collectors.joining(", "));
      rows.add(
          List.of(
              names.get(l.getCountyCode()),
              l.getName(),
              purposes,
              l.getAllocated(),
              l.getTransferred(),
              l.getCommitted(),
              l.getDisbursed(),
              l.getReleased(),
              l.getReclaimed(),
              l.getAvailable()));
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put(text.apply("report.filter.year"), String.valueOf(year));
    filters.put(
        text.apply("report.filter.county"),
        actor.countyCode() == null
            ? text.apply("report.filter.allCounties")
            : names.get(actor.countyCode()));
    return TableWorkbook.build(
        ReportTexts.of(text::apply, "budget.title"), columns, rows, true, filters, now);
  }

  private static byte[] perCounty(
      List<CountyBudgetRow> counties, int year, Function<String, String> text, ZonedDateTime now) {
    List<Column> columns =
        List.of(
            new Column(text.apply("budget.county"), Kind.TEXT, null),
            new Column(
                text.apply("budget.availableForBio"),
                Kind.NOK,
                text.apply("export.defAvailableForBio")),
            new Column(
                text.apply("budget.applied"), Kind.NOK, text.apply("report.xlsx.defApplied")),
            new Column(text.apply("budget.committed"), Kind.NOK, text.apply("export.defCommitted")),
            new Column(text.apply("budget.disbursed"), Kind.NOK, text.apply("export.defDisbursed")),
            new Column(
                text.apply("budget.oversubscription"),
                Kind.RATIO,
                text.apply("budget.oversubscriptionHelp")));
    List<List<Object>> rows = new ArrayList<>();
    for (CountyBudgetRow c : counties) {
      rows.add(
          Arrays.asList(
              c.countyName(),
              c.available(),
              c.applied(),
              c.committed(),
              c.disbursed(),
              c.oversubscription()));
    }
    Map<String, String> filters = Map.of(text.apply("report.filter.year"), String.valueOf(year));
    return TableWorkbook.build(
        ReportTexts.of(text::apply, "budget.perCounty"), columns, rows, true, filters, now);
  }

  private byte[] ledger(BudgetLine line, Function<String, String> text, ZonedDateTime now) {
    List<Column> columns =
        List.of(
            new Column("#", Kind.COUNT, null),
            new Column(text.apply("history.when"), Kind.DATE_TIME, null),
            new Column(text.apply("line.entryType"), Kind.TEXT, null),
            new Column(
                text.apply("allocation.amount"), Kind.NOK, text.apply("export.defEntryAmount")),
            new Column(text.apply("history.who"), Kind.TEXT, null),
            new Column(text.apply("export.application"), Kind.COUNT, null),
            new Column(text.apply("line.measure"), Kind.COUNT, null),
            new Column(text.apply("line.note"), Kind.TEXT, null));
    List<List<Object>> rows = new ArrayList<>();
    int total = budgets.ledgerCount(line.getId(), null);
    for (int first = 0; first < total; first += 1000) {
      for (LedgerEntry e : budgets.ledgerPage(line.getId(), null, first, 1000)) {
        List<Object> row = new ArrayList<>();
        row.add(e.getId());
        row.add(e.getOccurredAt());
        row.add(text.apply("LedgerEntryType." + e.getType().name()));
        row.add(e.getAmount());
        row.add(e.getActor());
        row.add(e.getApplicationId());
        row.add(e.getMeasureId());
        row.add(e.getNote());
        rows.add(row);
      }
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put(
        text.apply("budget.line"),
        line.getName()
            + " ("
            + counties.byCode(line.getCountyCode()).getName()
            + " "
            + line.getYear()
            + ")");
    return TableWorkbook.build(
        ReportTexts.of(text::apply, "line.ledger"), columns, rows, false, filters, now);
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
