package no.biogrants.infrastructure.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import no.biogrants.infrastructure.web.Messages;

/**
 * The body of every error answer of the API: the status and a message a person can read (bokmål, or
 * English on request); a 400 also lists every error in {@code errors}, each with its field where
 * known (the message is then the first of them). {@code errors} is left out of other answers.
 */
public record ApiError(int status, String message, List<ApiFieldError> errors) {

  /**
   * The name of this answer's schema in the OpenAPI document (defined in META-INF/openapi.yaml).
   */
  public static final String SCHEMA = "ApiError";

  public static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(status.getStatusCode(), message, null))
        .build();
  }

  /** 503: the database is out of reach; nothing was done, try again in 10 s. */
  public static Response databaseUnavailable(Locale locale) {
    return Response.fromResponse(
            response(
                Response.Status.SERVICE_UNAVAILABLE,
                Messages.text(locale, "error.databaseUnavailable")))
        .header("Retry-After", "10")
        .build();
  }

  /** 400 with every error; there is at least one. */
  public static Response invalid(List<ApiFieldError> errors) {
    Response.Status status = Response.Status.BAD_REQUEST;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(status.getStatusCode(), errors.get(0).message(), List.copyOf(errors)))
        .build();
  }
}
