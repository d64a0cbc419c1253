package no.biogrants.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test deployments only: {@code POST /it/cases?stage=RECOMMENDED&count=3} makes that many new cases
 * at the stage ({@link CaseStage}, through {@link CaseFixtures#make}) and answers their application
 * ids, one a line. Lets a test that works over HTTP, as a browser does, have as many cases in a
 * status as it uses up.
 */
@WebServlet("/it/cases")
public class CaseFixturesServlet extends HttpServlet {

  @Inject private CaseFixtures fixtures;

  private Long roundId;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CaseStage stage = CaseStage.valueOf(request.getParameter("stage"));
    int count =
        request.getParameter("count") == null ? 1 : Integer.parseInt(request.getParameter("count"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(String.valueOf(fixtures.make(stage, round())));
    }
    response.setContentType("text/plain");
    response.getWriter().write(String.join("\n", ids));
  }

  private synchronized Long round() {
    if (roundId == null) {
      roundId = fixtures.newRound();
    }
    return roundId;
  }
}
