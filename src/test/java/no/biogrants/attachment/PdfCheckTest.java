package no.biogrants.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.biogrants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

  private static final long TEN_MB = Attachments.DEFAULT_MAX_BYTES;

  private static void assertRefused(byte[] content, long max, String key) {
    assertThatThrownBy(() -> PdfCheck.check(content, max))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo(key);
  }

  @Test
  void attA1_aRealPdfIsAccepted() {
    byte[] pdf = Pdfs.onePage("Opplaeringsplan 2020");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfCheck.check(pdf, TEN_MB);
  }

  @Test
  void attA1_aTextFileRenamedToPdfIsRefusedByItsContent() {
    assertRefused(Pdfs.text(), TEN_MB, "attachment.notPdf");
  }

  @Test
  void attA1_aPdfHeaderOnGarbageIsRefusedBecausePdfBoxCannotOpenIt() {
    assertRefused(
        "%PDF-1.7\nnot really a document\n".getBytes(StandardCharsets.US_ASCII),
        TEN_MB,
        "attachment.notPdf");
    byte[] cut = Pdfs.onePage("Avkuttet");
    assertRefused(Arrays.copyOf(cut, 60), TEN_MB, "attachment.notPdf");
  }

  @Test
  void attA2_anEmptyFileIsRefusedAsEmpty() {
    assertRefused(new byte[0], TEN_MB, "attachment.empty");
    assertRefused(null, TEN_MB, "attachment.empty");
  }

  @Test
  void attA2_aFileAboveTheLimitIsRefusedWithBothSizesInMegabytes() {
    byte[] pdf = Pdfs.onePage("Stor");
    PdfCheck.check(pdf, pdf.length);
    assertThatThrownBy(() -> PdfCheck.check(pdf, pdf.length - 1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).messageKey())
                    .isEqualTo("attachment.tooLarge"));
    byte[] big = new byte[(int) TEN_MB + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    assertThatThrownBy(() -> PdfCheck.check(big, TEN_MB))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).arguments())
                    .containsExactly(new BigDecimal("10"), new BigDecimal("10")));
  }

  @Test
  void megabytesHaveAtMostOneDecimal() {
    assertThat(PdfCheck.megabytes(10_485_760)).isEqualByComparingTo("10");
    assertThat(PdfCheck.megabytes(1_572_864)).isEqualByComparingTo("1.5");
    assertThat(PdfCheck.megabytes(12_900_000)).isEqualByComparingTo("12.3");
    assertThat(PdfCheck.megabytes(1)).isEqualByComparingTo("0.1");
  }

  @Test
  void attA3_aPasswordProtectedPdfIsRefused() {
    assertRefused(Pdfs.encrypted("hemmelig"), TEN_MB, "attachment.encrypted");
  }

  @Test
  void attA3_anEncryptedPdfThatOpensWithoutAPasswordIsRefusedToo() {
    assertRefused(Pdfs.encrypted(""), TEN_MB, "attachment.encrypted");
  }

  @Test
  void attA10_aPdfThatRunsJavaScriptWhenOpenedIsRefused() {
    assertRefused(Pdfs.openActionJavaScript(), TEN_MB, "attachment.javaScript");
  }

  @Test
  void attA10_javaScriptOnALinkOfAPageIsFoundToo() {
    assertRefused(Pdfs.linkJavaScript(), TEN_MB, "attachment.javaScript");
  }

  @Test
  void attA10_aLaunchActionIsRefused() {
    assertRefused(Pdfs.launchAction(), TEN_MB, "attachment.launchAction");
  }

  @Test
  void attA10_embeddedFilesAreRefused() {
    assertRefused(Pdfs.embeddedFile(), TEN_MB, "attachment.embeddedFile");
  }

  @Test
  void attA10_anXfaFormIsRefused() {
    assertRefused(Pdfs.xfaForm(), TEN_MB, "attachment.xfa");
  }

  @Test
  void attA10_eachRefusalHasATextInBothLanguages() {
    for (String key :
        new String[] {
          "attachment.javaScript",
          "attachment.launchAction",
          "attachment.embeddedFile",
          "attachment.xfa"
        }) {
      assertThat(
              java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT).getString(key))
          .contains("PDF");
      assertThat(
              java.util.ResourceBundle.getBundle("messages", java.util.Locale.ENGLISH)
                  .getString(key))
          .contains("PDF");
    }
  }
}
