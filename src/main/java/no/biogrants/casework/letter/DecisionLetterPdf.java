package no.biogrants.casework.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.biogrants.casework.letter.LetterBlock.Heading;
import no.biogrants.casework.letter.LetterBlock.ItemList;
import no.biogrants.casework.letter.LetterBlock.Letterhead;
import no.biogrants.casework.letter.LetterBlock.Lines;
import no.biogrants.casework.letter.LetterBlock.Paragraph;
import no.biogrants.casework.letter.LetterBlock.Table;
import no.biogrants.casework.letter.LetterBlock.Title;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The decision letter as PDF, drawn from the same {@link DecisionLetter} blocks as the Word
 * version: A4, Helvetica (Standard 14, WinAnsiEncoding), wrapped text, page breaks that keep a
 * heading with what follows, and "Side n av m" on every page.
 */
public final class DecisionLetterPdf {

  static final float BODY = 10.5f;
  static final float LEADING = 1.38f;
  private static final float ITEM_INDENT = 18f;

  private final PdfPages pages;

  private DecisionLetterPdf(PdfPages pages) {
    this.pages = pages;
  }

  /** The letter as the bytes of a PDF file. */
  public static byte[] render(LetterContent content) {
    return render(DecisionLetter.title(content) + " – " + content.reference(), content.countyName(), DecisionLetter.blocks(content));
  }

  /**
   * Any document made of letter blocks (a receipt, say) as a PDF with the letter's layout, fonts and
   * page numbers.
   */
  public static byte[] render(String title, String author, List<LetterBlock> blocks) {
    try (PdfPages pages = new PdfPages()) {
      PDDocumentInformation information = pages.document().getDocumentInformation();
      information.setTitle(title);
      information.setAuthor(author);
      pages.document().getDocumentCatalog().setLanguage("nb-NO");
      DecisionLetterPdf writer = new DecisionLetterPdf(pages);
      pages.newPage();
      for (LetterBlock block : blocks) {
        writer.write(block);
      }
      return pages.finish(LetterTexts.pattern("footer.page"));
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
        text(paragraph.text(), paragraph.bold() ? pages.bold : pages.regular, BODY, pages.left(), pages.width());
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
      List<String> lines = pages.wrap(list.items().get(i), pages.regular, BODY, pages.width() - ITEM_INDENT);
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
