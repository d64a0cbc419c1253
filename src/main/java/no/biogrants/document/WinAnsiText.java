package no.biogrants.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text made drawable with the Standard 14 fonts in WinAnsiEncoding. That covers æøå, §, «», – and
 * the euro sign; anything else (an emoji, "≥", Cyrillic) would make PDFBox throw, so it is
 * replaced: by a readable ASCII equivalent where there is one, else by "?". Every kind of space
 * (the non-breaking space in amounts too) is drawn as a plain space.
 */
final class WinAnsiText {

  static final String REPLACEMENT = "?";

  private static final Map<Integer, String> EQUIVALENTS =
      Map.ofEntries(
          Map.entry(0x2265, ">="),
          Map.entry(0x2264, "<="),
          Map.entry(0x2260, "!="),
          Map.entry(0x2212, "-"),
          Map.entry(0x2010, "-"),
          Map.entry(0x2011, "-"),
          Map.entry(0x2012, "-"),
          Map.entry(0x2192, "->"),
          Map.entry(0x2190, "<-"),
          Map.entry(0x00AD, ""));

  private static final Set<Integer> ENCODABLE = encodable();

  private WinAnsiText() {}

  /** {@code text} with every character the fonts cannot draw replaced. */
  static String drawable(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    composed
        .codePoints()
        .forEach(
            c -> {
              if (Character.isSpaceChar(c) || c == '\t') {
                out.append(' ');
              } else if (ENCODABLE.contains(c)) {
                out.appendCodePoint(c);
              } else if (EQUIVALENTS.containsKey(c)) {
                out.append(EQUIVALENTS.get(c));
              } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                out.append(REPLACEMENT);
              }
            });
    return out.toString();
  }

  /** The code points WinAnsiEncoding maps to a glyph that Helvetica has. */
  private static Set<Integer> encodable() {
    PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    Set<Integer> codePoints = new HashSet<>();
    for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
      String unicode = GlyphList.getAdobeGlyphList().toUnicode(name);
      if (unicode != null
          && unicode.codePointCount(0, unicode.length()) == 1
          && hasGlyph(helvetica, name)) {
        codePoints.add(unicode.codePointAt(0));
      }
    }
    codePoints.removeIf(c -> Character.isISOControl(c) || Character.isSpaceChar(c));
    return Set.copyOf(codePoints);
  }

  private static boolean hasGlyph(PDType1Font font, String name) {
    try {
      return font.hasGlyph(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
