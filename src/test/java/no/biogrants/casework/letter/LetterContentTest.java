package no.biogrants.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.casework.DecisionOutcome;
import no.biogrants.casework.letter.LetterContent.Instalment;
import no.biogrants.casework.letter.LetterContent.ScoreLine;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class LetterContentTest {

  @Test
  void aGrantNeedsItsStateAidBasisAndAcceptanceDeadline() {
    assertThatThrownBy(
            () ->
                Letters.letter(
                    DecisionOutcome.GRANTED, null, List.of(), Letters.PAYMENT_PLAN, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amountGranted");
  }

  @Test
  void letL6_aGrantsPaymentPlanSumsToTheGrantedAmount() {
    List<Instalment> short75 = List.of(new Instalment("75 %", Money.of("187500")));

    assertThatThrownBy(
            () ->
                Letters.letter(
                    DecisionOutcome.GRANTED, Money.of("250000"), List.of(), short75, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sums to the granted amount");
  }

  @Test
  void aRejectionNeedsNoGrantFields() {
    LetterContent rejection = Letters.rejection();

    assertThat(rejection.isGrant()).isFalse();
    assertThat(rejection.amountGranted()).isNull();
    assertThat(rejection.paymentPlan()).isEmpty();
  }

  @Test
  void listsAreCopiedAndABlankCommitteeNumberIsNone() {
    List<String> conditions = new ArrayList<>(Letters.CONDITIONS);
    LetterContent grant = Letters.grant(conditions, " ");
    conditions.clear();

    assertThat(grant.conditions()).hasSize(3);
    assertThat(grant.isByCommittee()).isFalse();
  }

  @Test
  void aScoreIsOneToFive() {
    assertThatThrownBy(() -> new ScoreLine("Varig effekt", 30, 6, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
