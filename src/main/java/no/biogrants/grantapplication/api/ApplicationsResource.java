package no.biogrants.grantapplication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.api.ApiCaller;
import no.biogrants.identity.api.ApiRoles;
import no.biogrants.infrastructure.api.ApiError;
import no.biogrants.infrastructure.api.RestApplication;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The applicant's applications over HTTP (see the package doc for the rules): the same services,
 * access checks, rules and messages as the pages.
 */
@Path("/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@ApiRoles(Role.APPLICANT)
@Tag(
    name = "Søknader",
    description = "Søkerens søknader: utkast, innsending, status og spørsmål fra saksbehandleren.")
@SecurityRequirement(name = RestApplication.BEARER)
public class ApplicationsResource {

  @Inject private ApiCaller caller;
  @Inject private Applications applications;
  @Inject private InfoRequestAnswers infoRequests;

  @GET
  @Operation(summary = "Søknadene til bedriftene du representerer, nyeste først.")
  @APIResponse(
      responseCode = "200",
      description = "Søknadene.",
      content = @Content(schema = @Schema(ref = "ApplicationSummaryList")))
  public List<ApplicationSummaryJson> list() {
    return applications.mine(caller.actor()).stream()
        .map(a -> ApplicationSummaryJson.of(a, caller.locale()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Én søknad med kostnadsplan, historikk, versjon og reglene et utkast bryter.")
  @APIResponse(
      responseCode = "200",
      description = "Søknaden.",
      content = @Content(schema = @Schema(ref = "ApplicationJson")))
  public ApplicationJson one(@PathParam("id") String id) {
    return json(applications.own(caller.actor(), id(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Lag et utkast for en av bedriftene dine i en åpen søknadsrunde i bedriftens fylke.")
  @APIResponse(
      responseCode = "201",
      description = "Utkastet, med adressen i Location.",
      content = @Content(schema = @Schema(ref = "ApplicationJson")))
  @APIResponse(
      responseCode = "400",
      description = "Ugyldige felt: hver feil med feltet og meldingen.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public Response create(NewDraftJson body, @Context UriInfo uri) {
    if (body == null) {
      throw bodyRequired();
    }
    List<FieldViolation> missing = new ArrayList<>();
    if (body.companyId() == null) {
      missing.add(FieldViolation.of("companyId", "api.companyId.required"));
    }
    if (body.roundId() == null) {
      missing.add(FieldViolation.of("roundId", "api.roundId.required"));
    }
    ApplicationContent content =
        contentOrViolations(
            missing,
            () ->
                DraftContent.of(
                    body.title(),
                    body.description(),
                    body.trainingPurpose(),
                    body.amountApplied(),
                    body.costItems()));
    Actor actor = caller.actor();
    GrantApplication draft =
        applications.createDraft(
            actor, body.companyId(), body.roundId(), content, DraftDetails.of(body.details()));
    ApplicationJson created = json(applications.own(actor, draft.getId()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ApplicationsResource.class)
                .path(String.valueOf(created.id()))
                .build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Endre et utkast: nytt innhold (også hele kostnadsplanen) med versjonen du hentet.")
  @APIResponse(
      responseCode = "200",
      description = "Utkastet som lagret, med ny versjon.",
      content = @Content(schema = @Schema(ref = "ApplicationJson")))
  @APIResponse(
      responseCode = "400",
      description = "Ugyldige felt, eller søknaden er ikke et utkast.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  @APIResponse(
      responseCode = "409",
      description = "Utkastet er endret siden du hentet det: hent det på nytt.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public ApplicationJson update(@PathParam("id") String id, DraftChangeJson body) {
    Long applicationId = id(id);
    applications.own(
        caller.actor(),
        applicationId); // another company's application: 403 before anything about the body
    if (body == null) {
      throw bodyRequired();
    }
    List<FieldViolation> missing = new ArrayList<>();
    if (body.version() == null) {
      missing.add(FieldViolation.of("version", "api.version.required"));
    }
    ApplicationContent content =
        contentOrViolations(
            missing,
            () ->
                DraftContent.of(
                    body.title(),
                    body.description(),
                    body.trainingPurpose(),
                    body.amountApplied(),
                    body.costItems()));
    Actor actor = caller.actor();
    if (body.details() == null) {
      applications.saveDraft(actor, applicationId, content, body.version());
    } else {
      applications.saveDraft(
          actor, applicationId, content, DraftDetails.of(body.details()), body.version());
    }
    return json(applications.own(actor, applicationId));
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Send inn utkastet; det får referanse ÅÅÅÅ-NNNN.")
  @APIResponse(
      responseCode = "200",
      description = "Søknaden som sendt inn, med referanse.",
      content = @Content(schema = @Schema(ref = "ApplicationJson")))
  @APIResponse(
      responseCode = "400",
      description = "Hver regel som er brutt, med feltet; eller runden er stengt.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  @APIResponse(
      responseCode = "409",
      description = "Søknaden ble endret samtidig.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public ApplicationJson submit(@PathParam("id") String id) {
    Long applicationId = id(id);
    applications.submit(caller.actor(), applicationId);
    return json(applications.own(caller.actor(), applicationId));
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Trekk søknaden.")
  @APIResponse(
      responseCode = "200",
      description = "Søknaden som trukket.",
      content = @Content(schema = @Schema(ref = "ApplicationJson")))
  @APIResponse(
      responseCode = "400",
      description = "Søknaden kan ikke trekkes i sin status.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public ApplicationJson withdraw(@PathParam("id") String id) {
    Long applicationId = id(id);
    applications.withdraw(caller.actor(), applicationId);
    return json(applications.own(caller.actor(), applicationId));
  }

  @GET
  @Path("{id}/messages")
  @Operation(summary = "Saksbehandlerens spørsmål om søknaden og svarene, eldste først.")
  @APIResponse(
      responseCode = "200",
      description = "Spørsmålene, eldste først.",
      content = @Content(schema = @Schema(ref = "InfoRequestList")))
  public List<InfoRequestJson> messages(@PathParam("id") String id) {
    return infoRequests.requestsFor(caller.actor(), id(id)).stream()
        .map(InfoRequestJson::of)
        .toList();
  }

  @POST
  @Path("{id}/messages/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Svar på det åpne spørsmålet; saken går tilbake til saksbehandleren.")
  @APIResponse(
      responseCode = "200",
      description = "Spørsmålet med svaret.",
      content = @Content(schema = @Schema(ref = "InfoRequestJson")))
  @APIResponse(
      responseCode = "400",
      description = "Svaret mangler eller er for langt, eller det er ikke noe åpent spørsmål.",
      content = @Content(schema = @Schema(ref = ApiError.SCHEMA)))
  public InfoRequestJson answer(@PathParam("id") String id, AnswerJson body) {
    Long applicationId = id(id);
    applications.own(
        caller.actor(),
        applicationId); // another company's application: 403 before anything about the body
    if (body == null) {
      throw bodyRequired();
    }
    try {
      return InfoRequestJson.of(infoRequests.answer(caller.actor(), applicationId, body.answer()));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.violations().stream().map(v -> v.field() == null ? v.within("answer") : v).toList());
    }
  }

  private ApplicationJson json(GrantApplication application) {
    return ApplicationJson.of(application, caller.locale());
  }

  /** The content, or every violation at once: the ones found before and the content's own. */
  private static ApplicationContent contentOrViolations(
      List<FieldViolation> before, Supplier<ApplicationContent> content) {
    List<FieldViolation> violations = new ArrayList<>(before);
    ApplicationContent result = null;
    try {
      result = content.get();
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
    }
    InvalidInputException.throwIfAny(violations);
    return result;
  }

  /** An id that is not a number names no application: 404. */
  private static Long id(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private static InvalidInputException bodyRequired() {
    return new InvalidInputException(List.of(FieldViolation.of(null, "api.bodyRequired")));
  }
}
