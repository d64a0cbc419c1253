package no.biogrants.attachment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;
import java.util.regex.Matcher;
import no.biogrants.attachment.AttachmentFile;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.FileNames;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.Download;
import no.biogrants.infrastructure.web.ProtectedDownload;

/**
 * GET /attachments/{id}: the PDF as a download (never shown inline, never sniffed as anything
 * else), for those who may read its owner. Anyone else gets 404, as if it did not exist (rule A8).
 */
@WebServlet("/attachments/*")
public class AttachmentDownload extends ProtectedDownload {

  @Inject private Attachments attachments;
  @Inject private ActiveUser activeUser;

  public AttachmentDownload() {
    super("/(\\d{1,18})");
  }

  @Override
  protected Optional<Download> find(Matcher path) {
    AttachmentFile file = attachments.read(activeUser.actor(), Long.valueOf(path.group(1)));
    return Optional.of(
        Download.withDisposition(
                "application/pdf", FileNames.contentDisposition(file.fileName()), file.content())
            .withHeader("Cache-Control", "private, no-store")
            .withHeader("X-Content-SHA256", file.sha256()));
  }
}
