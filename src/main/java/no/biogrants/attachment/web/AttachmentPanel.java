package no.biogrants.attachment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.attachment.AttachmentInfo;
import no.biogrants.attachment.AttachmentKind;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.OwnerType;
import no.biogrants.attachment.PdfCheck;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;

/**
 * The bean behind {@code WEB-INF/includes/attachments.xhtml}: lists an owner's attachments, takes
 * an upload and deletes one. The owner comes from the fragment's parameters on every call, so the
 * fragment works on any page; after a change the page is loaded again (post-redirect-get) with its
 * view parameters.
 */
@Named
@RequestScoped
public class AttachmentPanel {

  @Inject private Attachments attachments;
  @Inject private ActiveUser activeUser;

  private final Map<String, List<AttachmentInfo>> lists = new HashMap<>();
  private AttachmentKind kind;

  /**
   * From a plain h:inputFile: unlike PrimeFaces' simple upload it is a real, labelled, focusable
   * file field.
   */
  private Part file;

  /** The owner's attachments; none for an owner the user may not see. */
  public List<AttachmentInfo> list(String ownerType, Long ownerId) {
    if (ownerId == null) {
      return List.of();
    }
    return lists.computeIfAbsent(
        ownerType + ":" + ownerId,
        key -> {
          try {
            return attachments.list(activeUser.actor(), OwnerType.valueOf(ownerType), ownerId);
          } catch (AccessDeniedException e) {
            return List.of();
          }
        });
  }

  /** The kinds a page offers, from "TRAINING_PLAN,OTHER"; all when none are given. */
  public List<AttachmentKind> kinds(String names) {
    if (names == null || names.isBlank()) {
      return List.of(AttachmentKind.values());
    }
    return Arrays.stream(names.split(",")).map(String::strip).map(AttachmentKind::valueOf).toList();
  }

  /** Stores the chosen file; a refusal is shown next to the file field. */
  public String upload(String ownerType, Long ownerId, String formId) {
    String field = formId + ":file";
    if (file == null
        || file.getSubmittedFileName() == null
        || file.getSubmittedFileName().isBlank()) {
      Messages.error(field, "attachment.noFile");
      return null;
    }
    try {
      PdfCheck.checkSize(file.getSize(), attachments.maxBytes()); // before the bytes are read
    } catch (InvalidInputException e) {
      Messages.error(field, e.messageKey(), e.arguments().toArray());
      return null;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fileName = file.getSubmittedFileName();
    AttachmentInfo added =
        FacesActions.attempt(
            field,
            () ->
                attachments.add(
                    activeUser.actor(),
                    OwnerType.valueOf(ownerType),
                    ownerId,
                    kind,
                    fileName,
                    content));
    if (added == null) {
      return null;
    }
    Messages.info("attachment.added", added.fileName());
    return samePage();
  }

  public String delete(Long attachmentId, String formId) {
    if (!FacesActions.attempt(
        formId + ":file", () -> attachments.delete(activeUser.actor(), attachmentId))) {
      return null;
    }
    Messages.info("attachment.deleted");
    return samePage();
  }

  /** "245 kB", "1,5 MB". */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Messages.text("attachment.kilobytes", Math.max(1, (bytes + 512) / 1024));
    }
    return Messages.text("attachment.megabytes", PdfCheck.megabytes(bytes));
  }

  /** The size limit in MB, for the help text. */
  public BigDecimal getMaxMegabytes() {
    return PdfCheck.megabytes(attachments.maxBytes());
  }

  private static String samePage() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public void setKind(AttachmentKind kind) {
    this.kind = kind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
