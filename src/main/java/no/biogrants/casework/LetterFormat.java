package no.biogrants.casework;

/** The formats a decision letter is stored and served in. */
public enum LetterFormat {
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String contentType;

  LetterFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }
}
