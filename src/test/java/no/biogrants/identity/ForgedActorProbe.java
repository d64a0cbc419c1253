package no.biogrants.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import no.biogrants.identity.api.ApiCaller;
import no.biogrants.identity.api.ApiRoles;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.reporting.Reports;

/**
 * Only in {@link ServiceRolesIT}'s WAR: an API call open to applicants that hands the analysts'
 * report service an actor it made up with the analyst role, as a careless page or resource might.
 * The service must refuse it anyway, by the caller's real roles.
 */
@Path("/v1/test-probe")
@RequestScoped
@ApiRoles({Role.APPLICANT, Role.ANALYST})
public class ForgedActorProbe {

  @Inject private ApiCaller caller;
  @Inject private Reports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject spendingWithAForgedAnalyst() {
    Actor real = caller.actor();
    Actor forged = new Actor(real.userId(), real.username(), Set.of(Role.ANALYST), null);
    int rows =
        reports.spending(forged, Dimension.COUNTY, ReportFilter.year(2020), Locale.ROOT).size();
    return Json.createObjectBuilder().add("rows", rows).build();
  }
}
