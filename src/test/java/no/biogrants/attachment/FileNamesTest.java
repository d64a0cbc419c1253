package no.biogrants.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void attA4_keepsAnOrdinaryName() {
    assertThat(FileNames.sanitise("Opplæringsplan 2020.pdf")).isEqualTo("Opplæringsplan 2020.pdf");
    assertThat(FileNames.sanitise("Årsregnskap.PDF")).isEqualTo("Årsregnskap.pdf");
  }

  @Test
  void attA4_dropsTheFolderAWindowsBrowserSends() {
    assertThat(FileNames.sanitise("C:\\fakepath\\plan.pdf")).isEqualTo("plan.pdf");
    assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd.pdf");
  }

  @Test
  void attA4_removesControlAndInvisibleCharactersAndHeaderBreakers() {
    assertThat(FileNames.sanitise("a\r\nb\"c.pdf")).isEqualTo("ab_c.pdf");
    assertThat(FileNames.sanitise("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe.pdf");
    assertThat(FileNames.sanitise("  ...skjult.pdf")).isEqualTo("skjult.pdf");
  }

  @Test
  void attA4_givesANameWhenNoneIsLeftAndCutsLongOnes() {
    assertThat(FileNames.sanitise(null)).isEqualTo("vedlegg.pdf");
    assertThat(FileNames.sanitise(".pdf")).isEqualTo("vedlegg.pdf");
    String cut = FileNames.sanitise("x".repeat(300) + ".pdf");
    assertThat(cut).hasSize(FileNames.MAXLENGTH).endsWith("x.pdf");
  }

  @Test
  void attA8_theDownloadHeaderCarriesAnAsciiAndAUtf8Name() {
    assertThat(FileNames.contentDisposition("Årsregnskap 2019.pdf"))
        .isEqualTo(
            "attachment; filename=\"Arsregnskap 2019.pdf\"; filename*=UTF-8''%C3%85rsregnskap%202019.pdf");
  }
}
