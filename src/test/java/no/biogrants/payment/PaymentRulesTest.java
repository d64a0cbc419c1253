package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentRulesTest {

  /** 300 000 granted on 600 000 planned (50 %), 75 % part payment, attestation above 200 000. */
  private static final PaymentTerms TERMS =
      new PaymentTerms(
          Money.ofKroner(300_000),
          Money.ofKroner(600_000),
          Rate.percent("75"),
          Money.ofKroner(200_000));

  @Nested
  class PartPayment {

    @Test
    void costsAtPlanEarnTheWholeGrantButPayOnlyThePartShare() {
      PaymentCheck check =
          PaymentRules.check(TERMS, PaymentKind.PART, Money.ofKroner(600_000), false, Money.ZERO);

      assertThat(check.earned()).isEqualTo(Money.ofKroner(300_000));
      assertThat(check.payable()).isEqualTo(Money.ofKroner(225_000));
      assertThat(check.approvable()).isTrue();
      assertThat(check.cut()).isFalse();
    }

    @Test
    void costsBelowPlanEarnTheSameRate() {
      PaymentCheck check =
          PaymentRules.check(TERMS, PaymentKind.PART, Money.ofKroner(200_000), false, Money.ZERO);

      assertThat(check.earned()).isEqualTo(Money.ofKroner(100_000));
      assertThat(check.payable()).isEqualTo(Money.ofKroner(100_000));
      assertThat(check.cut()).isTrue();
    }

    @Test
    void aSecondPartPaymentPaysOnlyWhatIsNewUpToTheShare() {
      PaymentCheck check =
          PaymentRules.check(
              TERMS, PaymentKind.PART, Money.ofKroner(500_000), false, Money.ofKroner(100_000));

      assertThat(check.ceiling()).isEqualTo(Money.ofKroner(225_000));
      assertThat(check.payable()).isEqualTo(Money.ofKroner(125_000));
    }

    @Test
    void nothingNewEarnedIsRefused() {
      PaymentCheck check =
          PaymentRules.check(
              TERMS, PaymentKind.PART, Money.ofKroner(200_000), false, Money.ofKroner(100_000));

      assertThat(check.payable()).isEqualTo(Money.ZERO);
      assertThat(check.problems()).containsExactly("payment.nothingPayable");
    }

    @Test
    void partPaymentsNeedNoAttestation() {
      assertThat(
              PaymentRules.check(
                      TERMS, PaymentKind.PART, Money.ofKroner(600_000), false, Money.ZERO)
                  .attestationRequired())
          .isFalse();
    }
  }

  @Nested
  class FinalPayment {

    @Test
    void paysTheRemainderSoPaymentsSumExactlyToTheGrant() {
      PaymentCheck check =
          PaymentRules.check(
              TERMS, PaymentKind.FINAL, Money.ofKroner(650_000), true, Money.ofKroner(225_000));

      assertThat(check.payable()).isEqualTo(Money.ofKroner(75_000));
      assertThat(check.payable().plus(check.alreadyPaid())).isEqualTo(TERMS.grant());
      assertThat(check.toRelease()).isEqualTo(Money.ZERO);
    }

    @Test
    void shortCostsCutTheFinalGrantAndReleaseTheRestOfTheCommitment() {
      PaymentCheck check =
          PaymentRules.check(
              TERMS, PaymentKind.FINAL, Money.ofKroner(480_000), true, Money.ofKroner(225_000));

      assertThat(check.earned()).isEqualTo(Money.ofKroner(240_000));
      assertThat(check.payable()).isEqualTo(Money.ofKroner(15_000));
      assertThat(check.toRelease()).isEqualTo(Money.ofKroner(60_000));
      assertThat(check.cut()).isTrue();
    }

    @Test
    void cutToTheOreRoundingHalfUp() {
      PaymentTerms odd =
          new PaymentTerms(
              Money.ofKroner(100_000),
              Money.ofKroner(300_000),
              Rate.percent("75"),
              Money.ofKroner(200_000));

      PaymentCheck check =
          PaymentRules.check(odd, PaymentKind.FINAL, Money.ofKroner(100_000), false, Money.ZERO);

      assertThat(check.earned()).isEqualTo(Money.of("33333.33"));
      assertThat(check.payable().plus(check.toRelease())).isEqualTo(odd.grant());
    }

    @Test
    void moreDocumentedThanPlannedNeverRaisesTheGrant() {
      PaymentCheck check =
          PaymentRules.check(TERMS, PaymentKind.FINAL, Money.ofKroner(900_000), true, Money.ZERO);

      assertThat(check.earned()).isEqualTo(TERMS.grant());
    }

    @Test
    void overpaymentBlocksAndShowsWhatMustBeReclaimed() {
      PaymentCheck check =
          PaymentRules.check(
              TERMS, PaymentKind.FINAL, Money.ofKroner(300_000), true, Money.ofKroner(225_000));

      assertThat(check.payable()).isEqualTo(Money.ZERO);
      assertThat(check.overpaid()).isEqualTo(Money.ofKroner(75_000));
      assertThat(check.problems()).containsExactly("payment.overpaid");
    }

    @Test
    void grantAboveTheThresholdNeedsTheAuditorsAttestation() {
      PaymentCheck check =
          PaymentRules.check(TERMS, PaymentKind.FINAL, Money.ofKroner(600_000), false, Money.ZERO);

      assertThat(check.attestationRequired()).isTrue();
      assertThat(check.problems()).containsExactly("payment.attestationMissing");
    }

    @Test
    void grantAtTheThresholdNeedsNoAttestation() {
      PaymentTerms small =
          new PaymentTerms(
              Money.ofKroner(200_000),
              Money.ofKroner(400_000),
              Rate.percent("75"),
              Money.ofKroner(200_000));

      assertThat(
              PaymentRules.check(
                      small, PaymentKind.FINAL, Money.ofKroner(400_000), false, Money.ZERO)
                  .approvable())
          .isTrue();
    }
  }
}
