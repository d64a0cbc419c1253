package no.biogrants.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.document.LetterBlock;
import no.biogrants.document.LetterBlock.Heading;
import no.biogrants.document.LetterBlock.ItemList;
import no.biogrants.document.LetterBlock.Letterhead;
import no.biogrants.document.LetterBlock.Lines;
import no.biogrants.document.LetterBlock.Paragraph;
import no.biogrants.document.LetterBlock.Table;
import no.biogrants.document.LetterBlock.Title;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The block model: sections per outcome, and both files say exactly what the blocks say. */
class DecisionLetterTest {

  private static List<String> headings(LetterContent content, int level) {
    return DecisionLetter.blocks(content).stream()
        .filter(b -> b instanceof Heading h && h.level() == level)
        .map(b -> ((Heading) b).text())
        .toList();
  }

  /** Every text of the letter, one string per line, item or cell. */
  private static List<String> texts(List<LetterBlock> blocks) {
    List<String> texts = new ArrayList<>();
    for (LetterBlock block : blocks) {
      switch (block) {
        case Letterhead letterhead -> texts.add(letterhead.organisation());
        case Lines lines -> texts.addAll(lines.lines());
        case Title title -> texts.add(title.text());
        case Heading heading -> texts.add(heading.text());
        case Paragraph paragraph -> texts.add(paragraph.text());
        case ItemList list -> texts.addAll(list.items());
        case Table table -> {
          table.columns().forEach(c -> texts.add(c.header()));
          table.rows().forEach(texts::addAll);
          texts.addAll(table.total());
        }
      }
    }
    return texts.stream().filter(t -> !t.isBlank()).toList();
  }

  @Test
  void letL6_grantsHaveTheGrantSectionsAndOthersDoNot() {
    assertThat(headings(Letters.grant(), 1))
        .containsExactlyElementsOf(DecisionLetterDocxTest.GRANT_SECTIONS);
    assertThat(headings(Letters.partialGrant(), 1))
        .containsExactlyElementsOf(DecisionLetterDocxTest.GRANT_SECTIONS);
    assertThat(headings(Letters.rejection(), 1))
        .containsExactlyElementsOf(DecisionLetterDocxTest.REJECTION_SECTIONS);
    assertThat(headings(Letters.dismissal(), 1))
        .containsExactlyElementsOf(DecisionLetterDocxTest.REJECTION_SECTIONS);
  }

  @Test
  void letL5_poengsumOnlyWhenScored() {
    assertThat(headings(Letters.rejection(), 2)).contains("Poengsum");
    assertThat(headings(Letters.dismissal(), 2))
        .containsExactly(
            "Regelverket vedtaket bygger på", "Faktiske forhold", "Hovedhensyn i skjønnet");
  }

  @Test
  void noPlaceholderIsLeftUnfilled() {
    for (LetterContent content :
        List.of(
            Letters.grant(), Letters.partialGrant(), Letters.rejection(), Letters.dismissal())) {
      assertThat(texts(DecisionLetter.blocks(content)))
          .noneMatch(t -> t.contains("{") || t.contains("}"));
    }
  }

  @Test
  void letL1_wordAndPdfSayWhatTheBlocksSay() throws IOException {
    for (LetterContent content : List.of(Letters.partialGrant(), Letters.dismissal())) {
      List<String> texts = texts(DecisionLetter.blocks(content));
      String word;
      try (XWPFWordExtractor extractor =
          new XWPFWordExtractor(
              new XWPFDocument(new ByteArrayInputStream(DecisionLetterDocx.render(content))))) {
        word = DecisionLetterPdfTest.flat(extractor.getText());
      }
      String pdf;
      try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(content))) {
        // Without the page numbers, which stand between the last line of a page and the next.
        pdf = DecisionLetterPdfTest.text(document).replaceAll(" ?Side \\d+ av \\d+ ?", " ");
      }

      for (String text : texts) {
        assertThat(word).as("Word").contains(DecisionLetterPdfTest.flat(text));
        assertThat(pdf).as("PDF").contains(DecisionLetterPdfTest.flat(text));
      }
    }
  }
}
