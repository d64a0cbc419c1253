package no.biogrants.infrastructure.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api, authenticated by a per-user API key ({@code identity.api.ApiKeyFilter}):
 * the applicant's applications and the analysts' budget lines. Payara serves its OpenAPI document
 * at /openapi, built from the annotations on the resources.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "BIO-tilskudd API",
            version = "1",
            description =
                "Søkerens søknader og analytikernes budsjettlinjer. Send en personlig API-nøkkel som "
                    + "«Authorization: Bearer <nøkkel>». Feil er JSON: {status, message, errors}."))
@SecurityScheme(
    securitySchemeName = RestApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "En API-nøkkel brukeren har laget selv under «API-nøkler» (vises bare én gang).")
public class RestApplication extends Application {

  /** The name of the security scheme every resource requires. */
  public static final String BEARER = "bearer";
}
