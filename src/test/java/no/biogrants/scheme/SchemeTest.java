package no.biogrants.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class SchemeTest {

  private final Scheme scheme = TestSchemes.bio(2020, "Test");

  @Test
  void schS1_maximumGrantIsAidIntensityRoundedDownToWholeKroner() {
    // 50 % of 1 000 001 = 500 000.50 → 500 000
    Money max = scheme.maximumGrant(Money.ofKroner(1_000_001));

    assertThat(max).isEqualTo(Money.ofKroner(500_000));
    assertThat(max.amount()).isEqualTo(new BigDecimal("500000.00"));
  }

  @Test
  void schS1_maximumGrantNeverRoundsUp() {
    // 50 % of 999.99 = 499.995 → 500.00 at the øre (HALF_UP), then whole kroner: 500
    assertThat(scheme.maximumGrant(Money.of("999.99"))).isEqualTo(Money.ofKroner(500));
    // 50 % of 999.97 = 499.985 → 499.99 → 499
    assertThat(scheme.maximumGrant(Money.of("999.97"))).isEqualTo(Money.ofKroner(499));
  }

  @Test
  void schS1_maximumGrantIsCappedAtTheCompanyCeiling() {
    assertThat(scheme.maximumGrant(Money.ofKroner(2_000_000))).isEqualTo(Money.ofKroner(700_000));
  }

  @Test
  void schS1_maximumGrantJustBelowTheCeilingIsNotCapped() {
    // 50 % of 1 399 999 = 699 999.50 → 699 999
    assertThat(scheme.maximumGrant(Money.ofKroner(1_399_999))).isEqualTo(Money.ofKroner(699_999));
    assertThat(scheme.maximumGrant(Money.ofKroner(1_400_000))).isEqualTo(Money.ofKroner(700_000));
  }

  @Test
  void schS1_maximumGrantOfNoCostsIsZero() {
    assertThat(scheme.maximumGrant(Money.ZERO)).isEqualTo(Money.ZERO);
  }

  @Test
  void constructorKeepsTheRules() {
    assertThat(scheme.getCountyCode()).isEqualTo("34");
    assertThat(scheme.getYear()).isEqualTo(2020);
    assertThat(scheme.getName()).isEqualTo("Test");
    assertThat(scheme.getAidIntensity().value()).isEqualByComparingTo("0.50");
    assertThat(scheme.getCompanyCeiling()).isEqualTo(Money.ofKroner(700_000));
    assertThat(scheme.getDelegationLimit()).isEqualTo(Money.ofKroner(500_000));
    assertThat(scheme.getPartPaymentShare().value()).isEqualByComparingTo("0.75");
  }
}
