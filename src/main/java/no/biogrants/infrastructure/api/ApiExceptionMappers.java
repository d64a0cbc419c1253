package no.biogrants.infrastructure.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.biogrants.infrastructure.DatabaseFailures;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;

/**
 * Turns every failure of an API call into a JSON answer with a message in the caller's language
 * (bokmål unless Accept-Language asks for English), never a stack trace: a refused access 403, a
 * broken rule or invalid input 400 with every error and its field, a stale version or a
 * simultaneous change 409, an unknown path 404, the database out of reach 503 (try again; nothing
 * was saved), anything else 500 (logged).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale = ApiLanguage.of(headers == null ? null : headers.getAcceptableLanguages());
    BusinessException business = find(failure, BusinessException.class);
    // A service refused the caller's role (@RolesAllowed) or the caller's access to the record.
    if (business instanceof AccessDeniedException
        || find(failure, EJBAccessException.class) != null
        || find(failure, AccessLocalException.class) != null) {
      return ApiError.response(Response.Status.FORBIDDEN, Messages.text(locale, "access.denied"));
    }
    if (business != null) {
      return ApiError.invalid(fieldErrors(business.violations(), locale));
    }
    if (FacesActions.isConflict(failure)) {
      return ApiError.response(Response.Status.CONFLICT, Messages.text(locale, "api.conflict"));
    }
    if (failure instanceof NotFoundException) {
      return ApiError.response(Response.Status.NOT_FOUND, Messages.text(locale, "api.notFound"));
    }
    if (find(failure, JsonbException.class) != null
        || find(failure, JsonException.class) != null
        || failure instanceof ProcessingException) {
      return ApiError.invalid(
          List.of(new ApiFieldError(null, Messages.text(locale, "api.invalidJson"))));
    }
    if (failure instanceof WebApplicationException w) {
      Response.Status status = Response.Status.fromStatusCode(w.getResponse().getStatus());
      return ApiError.response(
          status == null ? Response.Status.BAD_REQUEST : status,
          Messages.text(locale, "api.badRequest"));
    }
    if (DatabaseFailures.unavailable(failure)) {
      LOG.log(Level.WARNING, "API call failed: the database is out of reach", failure.toString());
      return ApiError.databaseUnavailable(locale);
    }
    LOG.log(Level.WARNING, "API call failed", failure);
    return ApiError.response(
        Response.Status.INTERNAL_SERVER_ERROR, Messages.text(locale, "error.unexpected"));
  }

  /** Each violation as the API shows it: its field and its message in the language. */
  static List<ApiFieldError> fieldErrors(List<FieldViolation> violations, Locale locale) {
    return violations.stream()
        .map(
            v ->
                new ApiFieldError(
                    v.field(), Messages.text(locale, v.messageKey(), v.arguments().toArray())))
        .toList();
  }

  /** The first throwable of the type in the cause chain (an EJB wraps what its bean threw). */
  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
