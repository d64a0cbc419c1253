package no.biogrants.grantapplication.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import no.biogrants.assessment.Impartiality;
import no.biogrants.casework.InfoRequests;
import no.biogrants.identity.Actor;
import no.biogrants.identity.ApiKeys;
import no.biogrants.identity.NewApiKey;
import no.biogrants.identity.Users;

/**
 * Test deployment only (added by {@link ApplicationsApiIT}, never in the real WAR): what a client
 * test cannot do over the API itself, done through the real services as the named users.
 *
 * <ul>
 *   <li>POST /it-fixtures/key?user=U : U makes an API key; answers "id key".
 *   <li>POST /it-fixtures/revoke?user=U&amp;id=N : U revokes their key N.
 *   <li>POST /it-fixtures/ask?application=N : the caseworker {@code saksbehandler} declares
 *       themselves impartial and asks the applicant a question (deadline in 14 days).
 * </ul>
 */
@WebServlet("/it-fixtures/*")
public class ApiFixturesServlet extends HttpServlet {

  @Inject private Users users;
  @Inject private ApiKeys apiKeys;
  @Inject private Impartiality impartiality;
  @Inject private InfoRequests infoRequests;
  @Inject private Clock clock;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String answer =
        switch (request.getPathInfo()) {
          case "/key" -> {
            NewApiKey key = apiKeys.create(actor(request.getParameter("user")), "IT-fixtur");
            yield key.record().getId() + " " + key.key();
          }
          case "/revoke" -> {
            apiKeys.revoke(
                actor(request.getParameter("user")), Long.valueOf(request.getParameter("id")));
            yield "revoked";
          }
          case "/ask" -> {
            Long id = Long.valueOf(request.getParameter("application"));
            Actor caseworker = actor("saksbehandler");
            impartiality.declare(caseworker, id, false, null);
            yield String.valueOf(
                infoRequests
                    .ask(
                        caseworker,
                        id,
                        "Hvor mange ansatte deltar i opplæringen?",
                        LocalDate.now(clock).plusDays(14))
                    .getId());
          }
          default -> null;
        };
    if (answer == null) {
      response.sendError(404);
      return;
    }
    response.getWriter().write(answer);
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }
}
