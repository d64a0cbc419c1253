package no.biogrants.document;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The formats files are made in: decision letters ({@link #LETTERS}: docx and PDF), and the reports
 * and case lists an analyst exports ({@link #EXPORTS}: JSON, csv and xlsx). The enum's names are
 * what the database stores for a letter's format.
 */
public enum FileFormat {
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  PDF("pdf", "application/pdf"),
  JSON("json", "application/json"),
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The formats a decision letter is stored and served in. */
  public static final Set<FileFormat> LETTERS = EnumSet.of(DOCX, PDF);

  /** The formats every report and the case list are given in. */
  public static final Set<FileFormat> EXPORTS = EnumSet.of(JSON, CSV, XLSX);

  private final String extension;
  private final String contentType;

  FileFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The export format with this extension ("json", "csv", "xlsx"); empty for any other name. */
  public static Optional<FileFormat> export(String extension) {
    return Arrays.stream(values())
        .filter(f -> EXPORTS.contains(f) && f.extension.equals(extension))
        .findFirst();
  }
}
