package no.biogrants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The application's texts keep no invisible characters, whether they came from a page or the API
 * (issue 14, item 16): a title cannot read "…exe.pdf" on the case page or in the letter.
 */
class ApplicationTextsTest {

  @Test
  void infW8_titleAndDescriptionLoseBidiOverridesAndZeroWidthCharacters() {
    ApplicationContent content =
        new ApplicationContent(
            "Kurs \u202Efdp.exe",
            "\u200BOpplæring\u200D i\u2066 sveising\u2069",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(80_000),
            List.of());
    assertThat(content.title()).isEqualTo("Kurs fdp.exe");
    assertThat(content.description()).isEqualTo("Opplæring i sveising");
  }

  @Test
  void infW8_aTitleOfInvisibleCharactersOnlyIsMissing() {
    assertThatThrownBy(
            () ->
                new ApplicationContent(
                    "\u202E\u200B\uFEFF",
                    "Beskrivelse",
                    TrainingPurpose.DIGITAL,
                    Money.ofKroner(1),
                    List.of()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void infW8_trainingPlanAndDeMinimisTextsAreCleanedToo() {
    assertThat(
            new TrainingPlanItem("Sveis\u200Bing\u202E", TrainingProvider.INTERNAL, 10, 2, 3, 0, 0)
                .what())
        .isEqualTo("Sveising");
    assertThat(new DeMinimisAid(2019, "Innovasjon\u200B Norge\u202C", Money.ofKroner(1)).grantor())
        .isEqualTo("Innovasjon Norge");
  }
}
