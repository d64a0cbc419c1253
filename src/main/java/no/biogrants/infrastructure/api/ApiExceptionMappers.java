package no.biogrants.infrastructure.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.MoneyFormat;

/** Turns every failure of an API call into a JSON answer with a Norwegian message, never a stack trace. */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof AccessDeniedException) {
      return ApiError.response(Response.Status.FORBIDDEN, text("access.denied"));
    }
    if (cause instanceof BusinessException b) {
      return ApiError.response(Response.Status.BAD_REQUEST, Messages.text(MoneyFormat.NORWEGIAN, b.messageKey(), b.arguments().toArray()));
    }
    if (cause instanceof NotFoundException) {
      return ApiError.response(Response.Status.NOT_FOUND, text("api.notFound"));
    }
    if (cause instanceof WebApplicationException w) {
      Response.Status status = Response.Status.fromStatusCode(w.getResponse().getStatus());
      return ApiError.response(status == null ? Response.Status.BAD_REQUEST : status, text("api.badRequest"));
    }
    LOG.log(Level.WARNING, "API call failed", failure);
    return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, text("error.unexpected"));
  }

  private static String text(String key) {
    return Messages.text(MoneyFormat.NORWEGIAN, key);
  }
}
