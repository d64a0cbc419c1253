package no.biogrants.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name an upload came with, made safe to show and to send back (rule ATT-A4): no folder
 * part, no control or invisible formatting characters (a right-to-left override could make
 * "fdp.exe" read as "exe.pdf"), none of the characters that break a header or a file system, at
 * most {@value #MAXLENGTH} characters, always ending in ".pdf" (the content is a PDF).
 */
public final class FileNames {

  public static final int MAXLENGTH = 200;

  private static final String FALLBACK = "vedlegg";
  private static final String EXTENSION = ".pdf";

  private FileNames() {}

  public static String sanitise(String given) {
    String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
    name = name.replaceAll("[\"*:<>?|;%]", "_");
    name = name.replaceAll("\\s+", " ").strip();
    if (name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
      name = name.substring(0, name.length() - EXTENSION.length()).strip();
    }
    name = name.replaceAll("^[.\\s]+", "");
    if (name.isEmpty()) {
      name = FALLBACK;
    }
    int room = MAXLENGTH - EXTENSION.length();
    if (name.length() > room) {
      name =
          name.substring(0, Character.isHighSurrogate(name.charAt(room - 1)) ? room - 1 : room)
              .strip();
    }
    return name + EXTENSION;
  }

  /**
   * The Content-Disposition value for a download: an ASCII name for old clients and the UTF-8 name
   * (RFC 6266/5987) for the rest. Always "attachment", never shown inline (rule ATT-A8).
   */
  public static String contentDisposition(String fileName) {
    String ascii =
        Normalizer.normalize(fileName, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\x20-\\x7e]|[\\\\\"]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
