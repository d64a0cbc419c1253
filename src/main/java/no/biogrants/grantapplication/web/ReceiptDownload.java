package no.biogrants.grantapplication.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.biogrants.county.Counties;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.Receipt;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Downloads;
import no.biogrants.shared.AccessDeniedException;

/**
 * GET /grantapplication/receipt/{id}.pdf: the receipt of one of the user's submitted applications
 * (404 otherwise).
 */
@WebServlet("/grantapplication/receipt/*")
public class ReceiptDownload extends HttpServlet {

  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}\\.pdf")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    GrantApplication application;
    try {
      application =
          applications.own(activeUser.actor(), Long.valueOf(path.substring(1, path.length() - 4)));
    } catch (AccessDeniedException | EJBException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (application.getReference() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf =
        Receipt.pdf(
            application, counties.byCode(application.getCountyCode()).getName() + " fylkeskommune");
    Downloads.send(
        response, "application/pdf", "kvittering-" + application.getReference() + ".pdf", pdf);
  }
}
