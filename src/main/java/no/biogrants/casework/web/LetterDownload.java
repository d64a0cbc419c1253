package no.biogrants.casework.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.casework.DecisionLetters;
import no.biogrants.casework.LetterFormat;
import no.biogrants.casework.StoredLetter;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Downloads;
import no.biogrants.shared.AccessDeniedException;

/**
 * GET /letters/{decisionId}.docx or .pdf: the decision letter, for the application's company and
 * the county's caseworkers and approvers. Anyone else gets 404, as if the letter did not exist.
 */
@WebServlet("/letters/*")
public class LetterDownload extends HttpServlet {

  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(docx|pdf)");

  @Inject private DecisionLetters letters;
  @Inject private ActiveUser activeUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    LetterFormat format = path.group(2).equals("pdf") ? LetterFormat.PDF : LetterFormat.DOCX;
    StoredLetter letter;
    try {
      letter = letters.letter(activeUser.actor(), Long.valueOf(path.group(1)), format);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBException e) {
      if (e.getCause() instanceof AccessDeniedException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    byte[] content = letter.getContent();
    response.setHeader("X-Content-SHA256", letter.getSha256());
    Downloads.send(response, format.contentType(), letter.getFileName(), content);
  }
}
