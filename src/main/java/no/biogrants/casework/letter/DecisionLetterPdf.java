package no.biogrants.casework.letter;

import no.biogrants.document.LetterPdf;

/** The decision letter as PDF: its {@link DecisionLetter} blocks drawn by {@link LetterPdf}. */
public final class DecisionLetterPdf {

  private DecisionLetterPdf() {}

  /** The letter as the bytes of a PDF file. */
  public static byte[] render(LetterContent content) {
    return LetterPdf.render(
        DecisionLetter.title(content) + " – " + content.reference(),
        content.countyName(),
        DecisionLetter.blocks(content),
        LetterTexts.pattern("footer.page"));
  }
}
