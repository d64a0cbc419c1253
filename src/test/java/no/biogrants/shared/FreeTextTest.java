package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text loses the characters nobody can see (issue 14, item 16). */
class FreeTextTest {

  @Test
  void infW8_aRightToLeftOverrideCannotMakeATitleReadAsAnotherFileName() {
    String spoofed = "Faktura \u202Efdp.exe";
    assertThat(FreeText.clean(spoofed)).isEqualTo("Faktura fdp.exe");
  }

  @Test
  void infW8_zeroWidthAndOtherFormatAndControlCharactersAreRemoved() {
    assertThat(
            FreeText.clean(
                "\uFEFFSvei\u200Bsing\u200C \u200Dkurs\u2066\u2069\u00AD\u0007\u001B\u202A\u202C"))
        .isEqualTo("Sveising kurs");
  }

  @Test
  void infW8_lineBreaksTabsAndNorwegianLettersStay() {
    assertThat(FreeText.clean("Uke 1:\tsveis\r\nUke 2: Ærlig, østlig, å"))
        .isEqualTo("Uke 1:\tsveis\r\nUke 2: Ærlig, østlig, å");
    assertThat(FreeText.clean("a\u030A")).as("composed: å is one character").isEqualTo("å");
    assertThat(FreeText.clean(null)).isNull();
  }
}
