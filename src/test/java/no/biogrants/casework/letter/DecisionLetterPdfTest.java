package no.biogrants.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DecisionLetterPdfTest {

  /** The letter's text with every run of white space (line wraps too) as one space. */
  static String text(PDDocument document) throws IOException {
    return flat(new PDFTextStripper().getText(document));
  }

  static String flat(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  private static String nok(String amount) {
    return flat(MoneyFormat.format(Money.of(amount), MoneyFormat.NORWEGIAN));
  }

  @Test
  void grantStatesTheSectionsAndKeyFacts() throws IOException {
    try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(Letters.grant()))) {
      String text = text(document);

      assertThat(text)
          .contains("Vedtak om tilskudd til bedriftsintern opplæring (BIO)")
          .contains("Vår referanse: 2020-0042", "Dato: 5. mars 2020", "Org.nr. 923 456 789")
          .contains("Dere får et tilskudd på inntil 250 000,00 kr.")
          .contains("Støtten gis som " + Letters.STATE_AID_BASIS + ".")
          .contains("For dette brevet går fristen ut 26. mars 2020.")
          .contains("innen 2. april 2020")
          .contains("Dokumentet er elektronisk godkjent og har derfor ingen signatur.")
          .contains("Side 1 av " + document.getNumberOfPages())
          .doesNotContain("{");
      assertThat(text).containsSubsequence(DecisionLetterDocxTest.GRANT_SECTIONS);
      Letters.CONDITIONS.forEach(condition -> assertThat(text).contains(condition));
      Letters.PAYMENT_PLAN.forEach(
          instalment ->
              assertThat(text)
                  .contains(instalment.description())
                  .contains(nok(instalment.amount().toString())));
      assertThat(text).contains("Sum " + nok("250000"));
    }
  }

  @Test
  void letL10_pagesAreA4WithTitleAndLanguage() throws IOException {
    try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(Letters.grant()))) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(document.getPage(0).getMediaBox().getHeight())
          .isEqualTo(PDRectangle.A4.getHeight());
      assertThat(document.getDocumentInformation().getTitle()).contains("2020-0042");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb-NO");
    }
  }

  @Test
  void rejectionAndDismissalHaveNoGrantSections() throws IOException {
    for (LetterContent content : List.of(Letters.rejection(), Letters.dismissal())) {
      try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(content))) {
        String text = text(document);

        assertThat(text)
            .containsSubsequence(DecisionLetterDocxTest.REJECTION_SECTIONS)
            .contains("26. mars 2020");
        DecisionLetterDocxTest.GRANT_ONLY.forEach(
            section -> assertThat(text).doesNotContain(section));
        assertThat(text).doesNotContain(Letters.STATE_AID_BASIS);
      }
    }
  }

  @Test
  void committeeDecisionNamesTheCaseNumber() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(DecisionLetterPdf.render(Letters.grant(Letters.CONDITIONS, "PS 12/20")))) {
      assertThat(text(document))
          .contains("det politiske utvalget i Vestland fylkeskommune, sak PS 12/20.");
    }
  }

  @Test
  void letL10_longLetterSpansSeveralNumberedPages() throws IOException {
    List<String> conditions =
        IntStream.rangeClosed(1, 60)
            .mapToObj(
                i ->
                    "Vilkår nummer "
                        + i
                        + ": tilskuddsmottakeren skal dokumentere at opplæringen er gjennomført som planlagt, med timelister og deltakerlister.")
            .toList();

    try (PDDocument document =
        Loader.loadPDF(DecisionLetterPdf.render(Letters.grant(conditions, null)))) {
      int pages = document.getNumberOfPages();
      String text = text(document);

      assertThat(pages).isGreaterThanOrEqualTo(3);
      for (int page = 1; page <= pages; page++) {
        assertThat(text).contains("Side " + page + " av " + pages);
      }
      assertThat(text)
          .contains("60. Vilkår nummer 60:")
          .containsSubsequence("Vilkår", "Frist for aksept", "Innsyn");
    }
  }

  @Test
  void aLongTableRowAndALongWordAreWrappedNotLost() throws IOException {
    String word = "x".repeat(300);
    LetterContent content =
        Letters.grant(List.of("Et ord som er lengre enn en linje: " + word), null);

    try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(content))) {
      assertThat(text(document).replace(" ", "")).contains(word);
    }
  }

  @Test
  void letL10_charactersOutsideWinAnsiAreReplacedNotFatal() throws IOException {
    LetterContent content =
        Letters.grant(
            List.of("Minst ≥ 3 deltakere 😀 per kurs, rapport → fylket, Привет, 「引用」"), null);

    assertThatCode(() -> DecisionLetterPdf.render(content)).doesNotThrowAnyException();
    try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(content))) {
      assertThat(text(document))
          .contains("Minst >= 3 deltakere ? per kurs, rapport -> fylket, ??????, ????");
    }
  }

  @Test
  void norwegianLettersAndSymbolsSurvive() throws IOException {
    LetterContent content =
        Letters.grant(List.of("Ærlig, øvrig, Åse – § 5 «sitat» 50 % € æøå ÆØÅ é ü"), null);

    try (PDDocument document = Loader.loadPDF(DecisionLetterPdf.render(content))) {
      assertThat(text(document)).contains("Ærlig, øvrig, Åse – § 5 «sitat» 50 % € æøå ÆØÅ é ü");
    }
  }
}
