package no.biogrants.casework.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.regex.Matcher;
import no.biogrants.casework.DecisionLetters;
import no.biogrants.casework.StoredLetter;
import no.biogrants.document.FileFormat;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Download;
import no.biogrants.infrastructure.web.ProtectedDownload;

/**
 * GET /letters/{decisionId}.docx or .pdf: the decision letter, for the application's company and
 * the county's caseworkers and approvers. Anyone else gets 404, as if the letter did not exist.
 */
@WebServlet("/letters/*")
public class LetterDownload extends ProtectedDownload {

  @Inject private DecisionLetters letters;
  @Inject private ActiveUser activeUser;

  public LetterDownload() {
    super("/(\\d{1,18})\\.(docx|pdf)");
  }

  @Override
  protected Optional<Download> find(Matcher path) {
    FileFormat format = path.group(2).equals("pdf") ? FileFormat.PDF : FileFormat.DOCX;
    StoredLetter letter = letters.letter(activeUser.actor(), Long.valueOf(path.group(1)), format);
    return Optional.of(
        Download.attachment(format.contentType(), letter.getFileName(), letter.getContent())
            .withHeader("X-Content-SHA256", letter.getSha256()));
  }
}
