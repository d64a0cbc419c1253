package no.biogrants.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WinAnsiTextTest {

  @Test
  void norwegianLettersAndCommonSymbolsAreKept() {
    assertThat(WinAnsiText.drawable("æøå ÆØÅ § – « » € … ‰")).isEqualTo("æøå ÆØÅ § – « » € … ‰");
  }

  @Test
  void decomposedLettersAreComposed() {
    assertThat(WinAnsiText.drawable("a\u030A")).isEqualTo("å");
  }

  @Test
  void spacesOfEveryKindBecomePlainSpaces() {
    assertThat(WinAnsiText.drawable("1\u00a0234\u202f567\tkr")).isEqualTo("1 234 567 kr");
  }

  @Test
  void whatCannotBeDrawnIsReplaced() {
    assertThat(WinAnsiText.drawable("≥ 3 → 😀 Ж")).isEqualTo(">= 3 -> ? ?");
    assertThat(WinAnsiText.drawable("a\u0007b\u200Bc")).isEqualTo("abc");
  }
}
