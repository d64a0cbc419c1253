package no.biogrants.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.biogrants.document.LetterBlock.Heading;
import no.biogrants.document.LetterBlock.ItemList;
import no.biogrants.document.LetterBlock.Letterhead;
import no.biogrants.document.LetterBlock.Lines;
import no.biogrants.document.LetterBlock.Paragraph;
import no.biogrants.document.LetterBlock.Table;
import no.biogrants.document.LetterBlock.Title;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A letter as PDF, drawn from the same {@link LetterBlock}s as the Word version ({@link
 * LetterDocx}): A4, Helvetica (Standard 14, WinAnsiEncoding), wrapped text, page breaks that keep a
 * heading with what follows, and "Side n av m" on every page.
 */
public final class LetterPdf {

  static final float BODY = 10.5f;
  static final float LEADING = 1.38f;
  private static final float ITEM_INDENT = 18f;

  private final PdfPages pages;

  private LetterPdf(PdfPages pages) {
    this.pages = pages;
  }

  /**
   * Any document made of letter blocks (a decision letter, a receipt) as the bytes of a PDF file
   * with the letters' layout, fonts and page numbers; {@code pageFooter} is the page number's
   * pattern ("Side {0} av {1}").
   */
  public static byte[] render(
      String title, String author, List<LetterBlock> blocks, String pageFooter) {
    try (PdfPages pages = new PdfPages()) {
      PDDocumentInformation information = pages.document().getDocumentInformation();
      information.setTitle(title);
      information.setAuthor(author);
      pages.document().getDocumentCatalog().setLanguage("nb-NO");
      LetterPdf writer = new LetterPdf(pages);
      pages.newPage();
      for (LetterBlock block : blocks) {
        writer.write(block);
      }
      return pages.finish(pageFooter);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + title + " as PDF", e);
    }
  }

  private void write(LetterBlock block) throws IOException {
    switch (block) {
      case Letterhead letterhead -> {
        lines(List.of(letterhead.organisation()), pages.bold, 16);
        pages.advance(18);
      }
      case Lines lines -> {
        lines(lines.lines(), pages.regular, BODY);
        pages.advance(12);
      }
      case Title title -> {
        pages.down(6);
        keepWithNext(15);
        text(title.text(), pages.bold, 15, pages.left(), pages.width());
        pages.advance(8);
      }
      case Heading heading -> heading(heading);
      case Paragraph paragraph -> {
        text(
            paragraph.text(),
            paragraph.bold() ? pages.bold : pages.regular,
            BODY,
            pages.left(),
            pages.width());
        pages.advance(6);
      }
      case ItemList list -> items(list);
      case Table table -> {
        new PdfTable(pages, table).draw();
        pages.advance(10);
      }
    }
  }

  private void heading(Heading heading) throws IOException {
    float size = heading.level() == 1 ? 13 : 11;
    pages.down(heading.level() == 1 ? 10 : 4);
    keepWithNext(size);
    text(heading.text(), pages.bold, size, pages.left(), pages.width());
    pages.advance(heading.level() == 1 ? 4 : 2);
  }

  /** A heading never ends a page: it needs room for itself and two lines of what follows. */
  private void keepWithNext(float size) throws IOException {
    pages.ensure(size * LEADING + 2 * BODY * LEADING + 8);
  }

  private void items(ItemList list) throws IOException {
    float textLeft = pages.left() + ITEM_INDENT;
    for (int i = 0; i < list.items().size(); i++) {
      List<String> lines =
          pages.wrap(list.items().get(i), pages.regular, BODY, pages.width() - ITEM_INDENT);
      for (int l = 0; l < lines.size(); l++) {
        pages.ensure(BODY * LEADING);
        if (l == 0) {
          pages.text(list.mark(i), pages.left(), pages.y(), pages.regular, BODY);
        }
        pages.text(lines.get(l), textLeft, pages.y(), pages.regular, BODY);
        pages.advance(BODY * LEADING);
      }
      pages.advance(3);
    }
    pages.advance(3);
  }

  private void lines(List<String> lines, PDFont font, float size) throws IOException {
    for (String line : lines) {
      text(line, font, size, pages.left(), pages.width());
    }
  }

  /** Wrapped text, a new page wherever the next line does not fit. */
  private void text(String text, PDFont font, float size, float x, float width) throws IOException {
    for (String line : pages.wrap(text, font, size, width)) {
      pages.ensure(size * LEADING);
      pages.text(line, x, pages.y(), font, size);
      pages.advance(size * LEADING);
    }
  }
}
