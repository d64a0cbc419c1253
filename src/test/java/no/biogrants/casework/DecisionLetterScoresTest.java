package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.assessment.ScoreSheets;
import no.biogrants.casework.letter.DecisionLetter;
import no.biogrants.casework.letter.LetterContent;
import no.biogrants.document.LetterBlock;
import no.biogrants.document.LetterBlock.Paragraph;
import no.biogrants.document.LetterBlock.Table;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The decision letter of a scored case: the scheme's year written once, and the rubric's criteria
 * in the rubric's order in every letter of the round (issue 14, item 8).
 */
class DecisionLetterScoresTest {

  private static final List<String> RUBRIC_NAMES =
      List.of(
          "Omstillingsbehov",
          "Opplæringens relevans",
          "Plan og tilbyder",
          "Gjennomførbarhet og økonomi",
          "Prioriterte grupper",
          "Kostnad per deltaker");

  @Test
  void twoLettersOfOneRoundListTheCriteriaInTheRubricsOrderWhateverTheStoredOrder() {
    List<RubricCriterion> rubric = ScoreSheets.defaultRubric();
    List<LetterContent.ScoreLine> first =
        DecisionLetters.scoreLines(
            ScoreSheets.sheet(rubric, List.of(16L, 14L, 11L, 13L, 12L, 15L)), rubric);
    List<LetterContent.ScoreLine> second =
        DecisionLetters.scoreLines(
            ScoreSheets.sheet(rubric, List.of(12L, 11L, 15L, 16L, 13L, 14L)), rubric);

    assertThat(rows(letter(first)))
        .extracting(row -> row.get(0))
        .containsExactlyElementsOf(RUBRIC_NAMES);
    assertThat(rows(letter(second)))
        .extracting(row -> row.get(0))
        .containsExactlyElementsOf(RUBRIC_NAMES);
    assertThat(rows(letter(first)).get(0))
        .containsExactly("Omstillingsbehov", "25\u00a0%", "1", "Grunn RESTRUCTURING_NEED");
  }

  @Test
  void aSchemeNamedWithItsYearIsWrittenWithTheYearOnce() {
    List<RubricCriterion> rubric = ScoreSheets.defaultRubric();
    LetterContent content =
        letter(DecisionLetters.scoreLines(ScoreSheets.sheet(rubric, List.of(11L)), rubric));
    String text = String.join("\n", paragraphs(content));

    assertThat(text).contains("tilskudd fra BIO 2020 Innlandet til «Omstilling i produksjonen»");
    assertThat(text).contains("vurdert etter kriteriene for BIO 2020 Innlandet.");
    assertThat(text).doesNotContain("2020 Innlandet 2020");
    Matcher years = Pattern.compile("BIO 2020 Innlandet").matcher(text);
    assertThat(years.results().count()).isEqualTo(2);
  }

  private static List<List<String>> rows(LetterContent content) {
    return DecisionLetter.blocks(content).stream()
        .filter(b -> b instanceof Table t && t.columns().size() == 4)
        .map(b -> ((Table) b).rows())
        .findFirst()
        .orElseThrow();
  }

  private static List<String> paragraphs(LetterContent content) {
    return DecisionLetter.blocks(content).stream()
        .filter(LetterBlock.Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text())
        .toList();
  }

  private static LetterContent letter(List<LetterContent.ScoreLine> lines) {
    return new LetterContent(
        "Innlandet fylkeskommune",
        "fylkeskommunens klagenemnd",
        "Kari Nordmann",
        LocalDate.of(2026, 12, 1),
        "2026-0042",
        "Fjordtre AS",
        "923 456 789",
        "Omstilling i produksjonen",
        DecisionOutcome.REJECTED,
        "BIO 2020 Innlandet",
        2020,
        Money.of("250000"),
        null,
        null,
        null,
        List.of("Retningslinjer for BIO"),
        List.of("Fjordtre AS har 40 ansatte."),
        "Søknaden når ikke opp i prioriteringen.",
        new BigDecimal("62"),
        lines,
        null,
        List.of(),
        null,
        List.of(),
        LocalDate.of(2026, 12, 22),
        "Ola Hansen",
        null);
  }
}
