package no.biogrants.reporting.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats every report and the case list are given in. */
public enum ExportFormat {
  JSON("json", "application/json"),
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<ExportFormat> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst();
  }
}
