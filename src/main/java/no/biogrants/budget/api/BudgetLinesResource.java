package no.biogrants.budget.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.Ledger;
import no.biogrants.county.Counties;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.api.ApiCaller;
import no.biogrants.identity.api.ApiRoles;
import no.biogrants.infrastructure.api.ApiError;
import no.biogrants.infrastructure.api.RestApplication;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/budget-lines?year=YYYY[&county=NN] and GET /api/v1/budget-lines/{id}/ledger, for
 * analysts (and admins). A county analyst reads only their own county's lines.
 */
@Path("/v1/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@ApiRoles({Role.ANALYST, Role.ADMIN})
@Tag(
    name = "Budsjettlinjer",
    description = "Budsjettlinjer og hovedbok, for analytikernes verktøy (bare lesing).")
@SecurityRequirement(name = RestApplication.BEARER)
public class BudgetLinesResource {

  @Inject private ApiCaller caller;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Inject private Counties counties;

  @GET
  @Operation(summary = "Årets budsjettlinjer med saldoer, for alle fylker eller ett (county=NN).")
  @APIResponse(
      responseCode = "200",
      description = "Linjene.",
      content = @Content(schema = @Schema(ref = "BudgetLineList")))
  @APIResponse(
      responseCode = "400",
      description = "Ugyldig år eller fylkesnummer.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public List<BudgetLineJson> lines(
      @QueryParam("year") String year, @QueryParam("county") String county) {
    Actor actor = reader();
    int budgetYear = parseYear(year);
    if (county != null && !county.matches("\\d{2}")) {
      throw new InvalidInputException(
          List.of(FieldViolation.of("county", "api.county.invalid", county)));
    }
    if (actor.countyCode() != null && county != null && !county.equals(actor.countyCode())) {
      throw new AccessDeniedException();
    }
    String scope = actor.countyCode() != null ? actor.countyCode() : county;
    List<BudgetLine> lines =
        scope == null ? budgets.linesForYear(budgetYear) : budgets.linesFor(scope, budgetYear);
    Map<String, String> names = counties.namesByCode();
    return lines.stream().map(l -> BudgetLineJson.of(l, names.get(l.getCountyCode()))).toList();
  }

  @GET
  @Path("{id}/ledger")
  @Operation(summary = "Linjens posteringer i hovedboken, nyeste først.")
  @APIResponse(
      responseCode = "200",
      description = "Posteringene.",
      content = @Content(schema = @Schema(ref = "LedgerEntryList")))
  @APIResponse(
      responseCode = "404",
      description = "Ingen slik linje (eller ikke i ditt fylke).",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public List<LedgerEntryJson> ledger(@PathParam("id") String id) {
    Actor actor = reader();
    long lineId;
    try {
      lineId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
    BudgetLine line = budgets.line(lineId);
    if (line == null || !actor.worksIn(line.getCountyCode())) {
      throw new NotFoundException();
    }
    return ledger.entriesOf(lineId).stream().map(LedgerEntryJson::of).toList();
  }

  private Actor reader() {
    Actor actor = caller.actor();
    AccessDeniedException.unless(actor.has(Role.ANALYST) || actor.has(Role.ADMIN));
    return actor;
  }

  private static int parseYear(String year) {
    if (year == null || !year.matches("\\d{4}")) {
      throw new InvalidInputException(
          List.of(FieldViolation.of("year", "api.year.invalid", year == null ? "" : year)));
    }
    return Integer.parseInt(year);
  }
}
