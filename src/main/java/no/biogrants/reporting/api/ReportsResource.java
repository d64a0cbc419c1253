package no.biogrants.reporting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import no.biogrants.county.Counties;
import no.biogrants.document.FileFormat;
import no.biogrants.document.ReportTexts;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.api.ApiCaller;
import no.biogrants.identity.api.ApiRoles;
import no.biogrants.infrastructure.api.ApiError;
import no.biogrants.infrastructure.api.RestApplication;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.CaseListReader;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.OversubscriptionRow;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.reporting.ReportMeasure;
import no.biogrants.reporting.Reports;
import no.biogrants.reporting.SpendingRow;
import no.biogrants.reporting.export.CaseListExport;
import no.biogrants.reporting.export.FilterDescription;
import no.biogrants.reporting.export.ReportTable;
import no.biogrants.reporting.export.ReportTables;
import no.biogrants.shared.ClockProducer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/reports/spending, /oversubscription and /cases, for analysts: the reports as JSON, or
 * as .xlsx or .csv with {@code format=}. A county analyst's key reads only their county (another
 * county: 403). Column names and order: the reporting package doc.
 */
@Path("/v1/reports")
@RequestScoped
@ApiRoles(Role.ANALYST)
@Tag(name = "Rapporter", description = "Analytikernes rapporter og sakslister (bare lesing).")
@SecurityRequirement(name = RestApplication.BEARER)
public class ReportsResource {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String CSV = "text/csv";

  @Inject private ApiCaller caller;
  @Inject private Reports reports;
  @Inject private CaseListReader reader;
  @Inject private Counties counties;
  @Inject private Clock clock;

  @GET
  @Path("spending")
  @Produces({MediaType.APPLICATION_JSON, XLSX, CSV})
  @Operation(
      summary =
          "Søkt, innstilt, innvilget, bundet, utbetalt, frigitt og tilbakebetalt per gruppe (groupBy), med sum.")
  @APIResponse(
      responseCode = "200",
      description = "Rapporten.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SpendingReportJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Ugyldige parametre, hver med feltet sitt.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public Response spending(
      @Parameter(description = "Årstall (ordningens år), f.eks. 2020.", required = true)
          @QueryParam("year")
          String year,
      @Parameter(
              description =
                  "purpose, county, budgetLine, industry, sizeBand, round, quarter, status, stateAidBasis, source, year;"
                      + " eller to av dem skilt med komma, f.eks. purpose,county (en rad per formål og fylke, med key2 og label2).")
          @QueryParam("groupBy")
          String groupBy,
      @Parameter(description = "json (standard), csv eller xlsx.") @QueryParam("format")
          String format,
      @BeanParam FilterQuery query) {
    Actor actor = caller.actor();
    ReportParameters parameters = new ReportParameters();
    ReportFilter filter = parameters.filter(year, query);
    Grouping grouping = parameters.grouping(groupBy, EnumSet.allOf(Dimension.class), true);
    FileFormat exportFormat = parameters.format(format);
    parameters.check();
    ReportFilter scoped = reports.scoped(actor, filter);
    List<SpendingRow> rows = reports.spending(actor, grouping, scoped, caller.locale());
    if (exportFormat == FileFormat.JSON) {
      return json(SpendingReportJson.of(scoped, grouping, rows));
    }
    ReportTable table =
        ReportTables.spending(
            "reports.std.spending", grouping, List.of(ReportMeasure.values()), rows, text());
    return file(
        table,
        exportFormat,
        scoped,
        "forbruk-" + grouping.apiName().replace(',', '-') + "-" + scoped.year());
  }

  @GET
  @Path("oversubscription")
  @Produces({MediaType.APPLICATION_JSON, XLSX, CSV})
  @Operation(
      summary =
          "Overtegning: søkt beløp (innsendt, ikke trukket eller avvist) ÷ midler til BIO, per fylke, runde eller budsjettlinje.")
  @APIResponse(
      responseCode = "200",
      description = "Rapporten.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OversubscriptionReportJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Ugyldige parametre, hver med feltet sitt.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public Response oversubscription(
      @Parameter(description = "Årstall, f.eks. 2020.", required = true) @QueryParam("year")
          String year,
      @Parameter(description = "county, round eller budgetLine.") @QueryParam("groupBy")
          String groupBy,
      @Parameter(description = "json (standard), csv eller xlsx.") @QueryParam("format")
          String format,
      @QueryParam("county") String county) {
    Actor actor = caller.actor();
    ReportParameters parameters = new ReportParameters();
    ReportFilter filter = parameters.filter(year, FilterQuery.ofCounty(county));
    Dimension dimension = parameters.groupBy(groupBy, Reports.OVERSUBSCRIPTION_DIMENSIONS);
    FileFormat exportFormat = parameters.format(format);
    parameters.check();
    ReportFilter scoped = reports.scoped(actor, filter);
    List<OversubscriptionRow> rows =
        reports.oversubscription(actor, dimension, scoped, caller.locale());
    if (exportFormat == FileFormat.JSON) {
      return json(OversubscriptionReportJson.of(scoped, dimension, rows));
    }
    ReportTable table =
        ReportTables.oversubscription("reports.std.oversubscription", dimension, rows, text());
    return file(
        table, exportFormat, scoped, "overtegning-" + dimension.apiName() + "-" + scoped.year());
  }

  @GET
  @Path("cases")
  @Produces({MediaType.APPLICATION_JSON, XLSX, CSV})
  @Operation(
      summary =
          "Sakene bak rapportene (søknader som er sendt inn og ikke trukket eller avvist), strømmet: JSON, csv eller xlsx.")
  @APIResponse(
      responseCode = "200",
      description = "Sakene, etter id.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(
      responseCode = "400",
      description = "Ugyldige parametre, hver med feltet sitt.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public Response cases(
      @Parameter(description = "Årstall, f.eks. 2020; uten: alle år.") @QueryParam("year")
          String year,
      @Parameter(description = "json (standard), csv eller xlsx.") @QueryParam("format")
          String format,
      @BeanParam FilterQuery query) {
    Actor actor = caller.actor();
    ReportParameters parameters = new ReportParameters();
    ReportFilter filter = parameters.filterAnyYear(year, query);
    FileFormat exportFormat = parameters.format(format);
    parameters.check();
    ReportFilter scoped = reports.scoped(actor, filter);
    UnaryOperator<String> text = text();
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockProducer.OSLO));
    StreamingOutput body =
        out ->
            CaseListExport.write(
                exportFormat,
                reader.pages(actor, scoped, n -> {}),
                text,
                ReportTexts.of(text, "reports.std.cases"),
                FilterDescription.of(scoped, text, this::countyName),
                now,
                out);
    Response.ResponseBuilder response = Response.ok(body).type(exportFormat.contentType());
    if (exportFormat != FileFormat.JSON) {
      response.header(
          "Content-Disposition",
          "attachment; filename=\"saker-"
              + (scoped.year() == null ? "alle" : scoped.year())
              + "."
              + exportFormat.extension()
              + "\"");
    }
    return response.header("X-Content-Type-Options", "nosniff").build();
  }

  private static Response json(Object report) {
    return Response.ok(report).type(MediaType.APPLICATION_JSON).build();
  }

  private Response file(ReportTable table, FileFormat format, ReportFilter filter, String name) {
    UnaryOperator<String> text = text();
    byte[] content =
        format == FileFormat.XLSX
            ? table.xlsx(
                ReportTexts.of(text, table.name()),
                FilterDescription.of(filter, text, this::countyName),
                ZonedDateTime.now(clock.withZone(ClockProducer.OSLO)))
            : table.csv();
    return Response.ok(content)
        .type(format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private String countyName(String code) {
    return counties.namesByCode().getOrDefault(code, code);
  }

  private UnaryOperator<String> text() {
    Locale locale = caller.locale();
    return key -> Messages.text(locale, key);
  }
}
