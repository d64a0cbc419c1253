package no.biogrants.grantapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.biogrants.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

  @Test
  void referencesAreFourDigitsUpTo9999ThenALetterAndThreeBase36DigitsAlwaysNineCharacters() {
    assertThat(ReferenceNumbers.format(2021, 42)).isEqualTo("2021-0042");
    assertThat(ReferenceNumbers.format(2021, 9999)).isEqualTo("2021-9999");
    assertThat(ReferenceNumbers.format(2021, 10_000)).isEqualTo("2021-A000");
    assertThat(ReferenceNumbers.format(2021, 10_035)).isEqualTo("2021-A00Z");
    assertThat(ReferenceNumbers.format(2021, 10_000 + 36 * 36 * 36)).isEqualTo("2021-B000");
    assertThat(ReferenceNumbers.format(2021, ReferenceNumbers.LAST)).isEqualTo("2021-ZZZZ");
    String previous = ReferenceNumbers.format(2021, 9_990);
    for (int n = 9_991; n < 60_000; n++) {
      String next = ReferenceNumbers.format(2021, n);
      assertThat(next).hasSize(9);
      assertThat(next.compareTo(previous)).isPositive();
      previous = next;
    }
  }

  @Test
  void pastTheLastNumberTheYearIsRefusedClearlyInsteadOfAnOverlongReference() {
    assertThatThrownBy(() -> ReferenceNumbers.format(2021, ReferenceNumbers.LAST + 1))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("application.referencesExhausted");
  }
}
