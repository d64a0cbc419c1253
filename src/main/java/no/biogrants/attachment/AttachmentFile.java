package no.biogrants.attachment;

/**
 * An attachment's content, to send: the PDF bytes, the file name to give them and their SHA-256.
 */
public record AttachmentFile(String fileName, byte[] content, String sha256) {

  public AttachmentFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
