package no.biogrants.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import no.biogrants.document.DocxStyles;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DecisionLetterDocxTest {

  static final List<String> GRANT_SECTIONS =
      List.of(
          "Vedtak",
          "Begrunnelse",
          "Beløp og statsstøttegrunnlag",
          "Vilkår",
          "Frist for aksept",
          "Utbetalingsplan",
          "Klagerett",
          "Innsyn");
  static final List<String> REJECTION_SECTIONS =
      List.of("Vedtak", "Begrunnelse", "Klagerett", "Innsyn");
  static final List<String> GRANT_ONLY =
      GRANT_SECTIONS.stream().filter(s -> !REJECTION_SECTIONS.contains(s)).toList();

  private static XWPFDocument open(LetterContent content) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(DecisionLetterDocx.render(content)));
  }

  private static List<String> paragraphs(XWPFDocument document, String style) {
    return document.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  private static String text(XWPFDocument document) throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  private static String nok(String amount) {
    return MoneyFormat.format(Money.of(amount), MoneyFormat.NORWEGIAN);
  }

  @Test
  void letL3_letL11_grantHasEverySectionAsARealHeadingInOrder() throws IOException {
    try (XWPFDocument document = open(Letters.grant())) {
      assertThat(paragraphs(document, DocxStyles.HEADING_1))
          .containsExactlyElementsOf(GRANT_SECTIONS);
      assertThat(paragraphs(document, DocxStyles.HEADING_2))
          .containsExactly(
              "Regelverket vedtaket bygger på",
              "Faktiske forhold",
              "Hovedhensyn i skjønnet",
              "Poengsum");
      assertThat(paragraphs(document, DocxStyles.TITLE))
          .containsExactly("Vedtak om tilskudd til bedriftsintern opplæring (BIO)");
      assertThat(
              document
                  .getStyles()
                  .getStyle(DocxStyles.HEADING_1)
                  .getCTStyle()
                  .getPPr()
                  .getOutlineLvl()
                  .getVal())
          .isEqualTo(BigInteger.ZERO);
    }
  }

  @Test
  void letL3_letL4_letL7_letL8_letL9_grantStatesTheKeyFacts() throws IOException {
    try (XWPFDocument document = open(Letters.grant())) {
      String text = text(document);

      assertThat(text)
          .contains("Vestland fylkeskommune")
          .contains("Vår referanse: 2020-0042")
          .contains("Dato: 5. mars 2020")
          .contains("Fjordtre AS", "Org.nr. 923 456 789")
          .contains("Dere får et tilskudd på inntil 250\u00a0000,00\u00a0kr.")
          .contains("Støtten gis som " + Letters.STATE_AID_BASIS + ".")
          .contains("Støtteandel: 50\u00a0% av godkjente kostnader")
          .contains("Godkjente kostnader: " + nok("500000"))
          .contains("innen 2. april 2020")
          .contains("For dette brevet går fristen ut 26. mars 2020.")
          .contains("fylkeskommunens klagenemnd")
          .contains("forvaltningsloven §\u00a042")
          .contains("forvaltningsloven §§\u00a018 og 19")
          .contains("Med hilsen", "Ola Hansen")
          .contains("Dokumentet er elektronisk godkjent og har derfor ingen signatur.")
          .doesNotContain("{", "}");
      Letters.CONDITIONS.forEach(condition -> assertThat(text).contains(condition));
      Letters.rules().forEach(rule -> assertThat(text).contains(rule));
      Letters.facts().forEach(fact -> assertThat(text).contains(fact));
    }
  }

  @Test
  void conditionsAreNumbered() throws IOException {
    try (XWPFDocument document = open(Letters.grant())) {
      List<String> items =
          document.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .filter(t -> t.matches("\\d+\\.\t.*"))
              .toList();

      assertThat(items)
          .containsExactly(
              "1.\t" + Letters.CONDITIONS.get(0),
              "2.\t" + Letters.CONDITIONS.get(1),
              "3.\t" + Letters.CONDITIONS.get(2));
    }
  }

  @Test
  void paymentPlanIsATableOfInstalmentsWithTheSum() throws IOException {
    try (XWPFDocument document = open(Letters.grant())) {
      XWPFTable plan = document.getTables().getLast();

      assertThat(cells(plan.getRow(0))).containsExactly("Utbetaling", "Beløp");
      assertThat(cells(plan.getRow(1)))
          .containsExactly("75 % ved godkjent delrapport", nok("187500"));
      assertThat(cells(plan.getRow(2)))
          .containsExactly("25 % (resten) ved godkjent sluttrapport", nok("62500"));
      assertThat(cells(plan.getRow(3))).containsExactly("Sum", nok("250000"));
      assertThat(plan.getRow(0).isRepeatHeader()).isTrue();
    }
  }

  @Test
  void scoreIsATableOfTheRubricWithTheTotal() throws IOException {
    try (XWPFDocument document = open(Letters.grant())) {
      XWPFTable score = document.getTables().getFirst();

      assertThat(cells(score.getRow(0)))
          .containsExactly("Kriterium", "Vekt", "Poeng (1–5)", "Begrunnelse");
      assertThat(cells(score.getRow(1)))
          .containsExactly("Behov for omstilling", "40\u00a0%", "4", "Godt dokumentert.");
      assertThat(cells(score.getRow(4)))
          .containsExactly("Samlet poengsum", "100\u00a0%", "74 av 100", "");
    }
  }

  @Test
  void rejectionHasNoGrantSections() throws IOException {
    try (XWPFDocument document = open(Letters.rejection())) {
      String text = text(document);

      assertThat(paragraphs(document, DocxStyles.HEADING_1))
          .containsExactlyElementsOf(REJECTION_SECTIONS);
      assertThat(paragraphs(document, DocxStyles.TITLE))
          .containsExactly("Avslag på søknad om tilskudd til bedriftsintern opplæring (BIO)");
      assertThat(text)
          .contains("Vestland fylkeskommune avslår søknaden fra Fjordtre AS")
          .contains("Dere søkte om " + nok("250000") + ". Dere får ikke tilskudd.")
          .contains("26. mars 2020")
          .doesNotContain(Letters.STATE_AID_BASIS, "aksepter", "Utbetaling", "{");
      assertThat(document.getTables()).hasSize(1); // the score only
    }
  }

  @Test
  void dismissalHasNoGrantSectionsAndNoScore() throws IOException {
    try (XWPFDocument document = open(Letters.dismissal())) {
      String text = text(document);

      assertThat(paragraphs(document, DocxStyles.HEADING_1))
          .containsExactlyElementsOf(REJECTION_SECTIONS);
      assertThat(paragraphs(document, DocxStyles.HEADING_2)).doesNotContain("Poengsum");
      assertThat(paragraphs(document, DocxStyles.TITLE))
          .containsExactly("Avvisning av søknad om tilskudd til bedriftsintern opplæring (BIO)");
      assertThat(text)
          .contains(
              "avviser søknaden",
              "Søknaden kom inn 4. mars 2020, etter søknadsfristen.",
              "Klagefristen");
      assertThat(document.getTables()).isEmpty();
      GRANT_ONLY.forEach(section -> assertThat(text).doesNotContain(section));
    }
  }

  @Test
  void letL9_committeeDecisionNamesTheCommitteeCaseNumber() throws IOException {
    try (XWPFDocument document = open(Letters.grant(Letters.CONDITIONS, "PS 12/20"))) {
      assertThat(text(document))
          .contains(
              "Vedtaket er fattet av det politiske utvalget i Vestland fylkeskommune, sak PS 12/20.");
    }
    try (XWPFDocument document = open(Letters.grant())) {
      assertThat(text(document)).doesNotContain("politiske utvalget");
    }
  }

  @Test
  void partialGrantSaysWhatWasAppliedForAndWhatIsGranted() throws IOException {
    try (XWPFDocument document = open(Letters.partialGrant())) {
      assertThat(paragraphs(document, DocxStyles.HEADING_1))
          .containsExactlyElementsOf(GRANT_SECTIONS);
      assertThat(text(document))
          .contains(
              "innvilger søknaden fra Fjordtre AS om tilskudd til bedriftsintern opplæring delvis.")
          .contains(
              "Dere søkte om "
                  + nok("400000")
                  + " og får et tilskudd på inntil "
                  + nok("250000")
                  + ".");
    }
  }

  @Test
  void letL11_footerNumbersThePages() throws IOException {
    try (XWPFDocument document = open(Letters.grant())) {
      String footer = document.getFooterArray(0).getText();
      String fields = document.getFooterArray(0).getParagraphs().getFirst().getCTP().xmlText();

      assertThat(footer).startsWith("Side ").contains(" av ");
      assertThat(fields).contains("PAGE", "NUMPAGES");
    }
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).toList();
  }
}
