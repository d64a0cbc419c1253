package no.biogrants.attachment.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.attachment.AttachmentFile;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.FileNames;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Downloads;
import no.biogrants.shared.AccessDeniedException;

/**
 * GET /attachments/{id}: the PDF as a download (never shown inline, never sniffed as anything
 * else), for those who may read its owner. Anyone else gets 404, as if it did not exist (rule A8).
 */
@WebServlet("/attachments/*")
public class AttachmentDownload extends HttpServlet {

  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})");

  @Inject private Attachments attachments;
  @Inject private ActiveUser activeUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentFile file;
    try {
      file = attachments.read(activeUser.actor(), Long.valueOf(path.group(1)));
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
    byte[] content = file.content();
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-SHA256", file.sha256());
    Downloads.sendWithDisposition(
        response, "application/pdf", FileNames.contentDisposition(file.fileName()), content);
  }
}
