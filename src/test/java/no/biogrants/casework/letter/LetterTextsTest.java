package no.biogrants.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LetterTextsTest {

  @Test
  void letL2_datesAreWrittenOutInBokmal() {
    assertThat(LetterTexts.date(LocalDate.of(2020, 3, 26))).isEqualTo("26. mars 2020");
  }

  @Test
  void percentagesUseADecimalCommaAndANonBreakingSpace() {
    assertThat(LetterTexts.percent(new BigDecimal("50.00"))).isEqualTo("50\u00a0%");
    assertThat(LetterTexts.percent(new BigDecimal("37.5"))).isEqualTo("37,5\u00a0%");
  }

  @Test
  void letL2_aSectionSignStaysWithItsNumber() {
    assertThat(LetterTexts.text("appeal.right")).endsWith("forvaltningsloven §\u00a028.");
  }

  @Test
  void letL2_everyTextIsThereAndHasNoUnbalancedBraces() {
    ResourceBundle bundle = ResourceBundle.getBundle(LetterTexts.BUNDLE, Locale.ROOT);

    assertThat(Collections.list(bundle.getKeys())).hasSizeGreaterThan(40);
    for (String key : Collections.list(bundle.getKeys())) {
      String text = bundle.getString(key);
      assertThat(text).as(key).isNotBlank();
      assertThat(text.chars().filter(c -> c == '{').count())
          .as(key)
          .isEqualTo(text.chars().filter(c -> c == '}').count());
      assertThat(text)
          .as(key + " (an apostrophe must be doubled for MessageFormat)")
          .doesNotContainPattern("(?<!')'(?!')");
    }
  }
}
