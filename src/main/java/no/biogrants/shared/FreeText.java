package no.biogrants.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Free text as people type it, without the characters they cannot see (rule INF-W8): Unicode format
 * characters (category Cf: bidirectional overrides and isolates such as U+202E, which make
 * "fakturagpj.exe" read "fakturaexe.jpg", zero-width spaces and joiners, the byte-order mark, soft
 * hyphens) and control characters other than tab and line breaks are removed, and the text is put
 * in Unicode's composed form (NFC), so "å" is one character wherever it came from. Applied to every
 * text field of the pages (a Faces converter for all strings but passwords) and to the
 * application's texts in the domain, so the REST API gets the same. Attachment names have their own
 * stricter rule (ATT-A4).
 */
public final class FreeText {

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}[\\p{Cc}&&[^\\t\\n\\r]]]");

  private FreeText() {}

  /** The text without invisible characters; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    return INVISIBLE.matcher(composed).replaceAll("");
  }
}
