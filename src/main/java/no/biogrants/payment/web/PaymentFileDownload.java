package no.biogrants.payment.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Downloads;
import no.biogrants.payment.PaymentExports;
import no.biogrants.shared.AccessDeniedException;

/**
 * GET /payment/files/{id}.csv: a payment file of the user's county (caseworkers and approvers, see
 * web.xml).
 */
@WebServlet("/payment/files/*")
public class PaymentFileDownload extends HttpServlet {

  @Inject private PaymentExports exports;
  @Inject private ActiveUser activeUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}\\.csv")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Long id = Long.valueOf(path.substring(1, path.length() - 4));
    byte[] file;
    try {
      file = exports.file(activeUser.actor(), id);
    } catch (AccessDeniedException | EJBException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.send(response, "text/csv; charset=UTF-8", "utbetalinger-" + id + ".csv", file);
  }
}
