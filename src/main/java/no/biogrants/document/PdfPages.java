package no.biogrants.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages filled from the top down: a cursor {@code y}, a new page when the next piece does not
 * fit above the bottom margin, word-wrapping measured in the font, and "Side n av m" stamped on
 * every page at the end. Text goes through {@link WinAnsiText} before it is measured or drawn.
 */
final class PdfPages implements AutoCloseable {

  static final PDRectangle A4 = PDRectangle.A4;

  /** 20 mm margins; the bottom one leaves room for the page number. */
  static final float MARGIN = 56.7f;

  static final float BOTTOM = 70f;
  static final float FOOTER_BASELINE = 34f;

  final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final PDDocument document = new PDDocument();
  private PDPageContentStream stream;
  private float y;

  PDDocument document() {
    return document;
  }

  float left() {
    return MARGIN;
  }

  float width() {
    return A4.getWidth() - 2 * MARGIN;
  }

  float y() {
    return y;
  }

  /** The room left on this page above the bottom margin. */
  float room() {
    return y - BOTTOM;
  }

  /** The room on an empty page. */
  static float pageRoom() {
    return A4.getHeight() - MARGIN - BOTTOM;
  }

  boolean atTopOfPage() {
    return stream != null && y >= A4.getHeight() - MARGIN;
  }

  void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(A4);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = A4.getHeight() - MARGIN;
  }

  /** Starts a new page unless {@code height} fits on this one. */
  void ensure(float height) throws IOException {
    if (stream == null || (height > room() && !atTopOfPage())) {
      newPage();
    }
  }

  /** Moves down; never past the top of a fresh page (no gap above the first line). */
  void down(float points) {
    if (!atTopOfPage()) {
      y -= points;
    }
  }

  void advance(float points) {
    y -= points;
  }

  /** Draws one line with its baseline {@code size} below the cursor's top edge {@code top}. */
  void text(String line, float x, float top, PDFont font, float size) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, top - size);
    stream.showText(WinAnsiText.drawable(line));
    stream.endText();
  }

  float textWidth(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(WinAnsiText.drawable(text)) / 1000 * size;
  }

  void fill(float x, float top, float w, float h, float gray) throws IOException {
    stream.setNonStrokingColor(gray);
    stream.addRect(x, top - h, w, h);
    stream.fill();
    stream.setNonStrokingColor(0f);
  }

  void line(float x1, float y1, float x2, float y2) throws IOException {
    stream.setLineWidth(0.5f);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  /**
   * The lines {@code text} takes in {@code width}: broken at newlines and ordinary spaces (a
   * non-breaking space keeps "1 234 567,00 kr" together), a word longer than a line broken
   * anywhere.
   */
  List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (textWidth(candidate, font, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        word = breakLongWord(word, font, size, width, lines);
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Adds the full-width pieces of a word too long for a line; returns the rest. */
  private String breakLongWord(
      String word, PDFont font, float size, float width, List<String> lines) throws IOException {
    String rest = word;
    while (textWidth(rest, font, size) > width && rest.codePointCount(0, rest.length()) > 1) {
      int end = rest.offsetByCodePoints(0, 1);
      while (end < rest.length()
          && textWidth(rest.substring(0, rest.offsetByCodePoints(end, 1)), font, size) <= width) {
        end = rest.offsetByCodePoints(end, 1);
      }
      lines.add(rest.substring(0, end));
      rest = rest.substring(end);
    }
    return rest;
  }

  /** Closes the last page, stamps "Side n av m" on every page and returns the file. */
  byte[] finish(String pageNumberPattern) throws IOException {
    if (stream == null) {
      newPage();
    }
    stream.close();
    stream = null;
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      String number =
          new MessageFormat(pageNumberPattern)
              .format(new Object[] {String.valueOf(i + 1), String.valueOf(pages)});
      try (PDPageContentStream footer =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        float size = 9;
        float x = (A4.getWidth() - textWidth(number, regular, size)) / 2;
        footer.beginText();
        footer.setFont(regular, size);
        footer.newLineAtOffset(x, FOOTER_BASELINE);
        footer.showText(WinAnsiText.drawable(number));
        footer.endText();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
    document.close();
  }
}
