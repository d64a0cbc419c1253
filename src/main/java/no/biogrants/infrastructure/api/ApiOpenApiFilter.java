package no.biogrants.infrastructure.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds to every operation of the OpenAPI document the answers every call can give ({@code
 * identity.api.ApiKeyFilter}): 401 without a valid key, 403 for a key of another role or data that
 * is not the caller's, 429 after repeated invalid keys from the caller's address. Registered as
 * {@code mp.openapi.filter} in microprofile-config.properties.
 */
public class ApiOpenApiFilter implements OASFilter {

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() != null) {
      addUnlessPresent(operation, "401", "Mangler gyldig API-nøkkel (WWW-Authenticate: Bearer).");
      addUnlessPresent(
          operation, "403", "Nøkkelen er for en annen rolle, eller dataene er ikke dine.");
      addUnlessPresent(
          operation,
          "429",
          "For mange ugyldige nøkler fra denne adressen: vent (Retry-After, sekunder).");
    }
    return operation;
  }

  private static void addUnlessPresent(Operation operation, String status, String description) {
    if (!operation.getResponses().hasAPIResponse(status)) {
      operation.getResponses().addAPIResponse(status, error(description));
    }
  }

  private static APIResponse error(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    "application/json",
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ApiError.SCHEMA))));
  }
}
