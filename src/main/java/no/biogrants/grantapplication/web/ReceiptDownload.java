package no.biogrants.grantapplication.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.regex.Matcher;
import no.biogrants.county.Counties;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.Receipt;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Download;
import no.biogrants.infrastructure.web.ProtectedDownload;

/**
 * GET /grantapplication/receipt/{id}.pdf: the receipt of one of the user's submitted applications
 * (404 otherwise).
 */
@WebServlet("/grantapplication/receipt/*")
public class ReceiptDownload extends ProtectedDownload {

  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;
  @Inject private Counties counties;

  public ReceiptDownload() {
    super("/(\\d{1,18})\\.pdf");
  }

  @Override
  protected Optional<Download> find(Matcher path) {
    GrantApplication application;
    try {
      application = applications.own(activeUser.actor(), Long.valueOf(path.group(1)));
    } catch (EJBException notFound) {
      return Optional.empty();
    }
    if (application.getReference() == null) {
      return Optional.empty();
    }
    String county = counties.byCode(application.getCountyCode()).getName() + " fylkeskommune";
    return Optional.of(
        Download.attachment(
            "application/pdf",
            "kvittering-" + application.getReference() + ".pdf",
            Receipt.pdf(application, county)));
  }
}
