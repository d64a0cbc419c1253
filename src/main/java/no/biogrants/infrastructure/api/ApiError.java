package no.biogrants.infrastructure.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error answer of the API: a status and a message a person can read (bokmål). */
public record ApiError(int status, String message) {

  public static Response response(Response.Status status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(status.getStatusCode(), message)).build();
  }
}
