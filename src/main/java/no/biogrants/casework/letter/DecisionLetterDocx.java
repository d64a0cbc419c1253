package no.biogrants.casework.letter;

import no.biogrants.document.LetterDocx;

/**
 * The decision letter as a Word document (.docx): its {@link DecisionLetter} blocks drawn by {@link
 * LetterDocx}.
 */
public final class DecisionLetterDocx {

  private DecisionLetterDocx() {}

  /** The letter as the bytes of a .docx file. */
  public static byte[] render(LetterContent content) {
    return LetterDocx.render(
        DecisionLetter.title(content) + " – " + content.reference(),
        content.countyName(),
        DecisionLetter.blocks(content),
        LetterTexts.pattern("footer.page"));
  }
}
