package no.biogrants.budget;

import static no.biogrants.shared.Refusals.messageKeyOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The rules {@link Ledger} checks around every booking ({@link LedgerRules}). What needs the
 * database (the conditional commitment under the line's row lock, entries and reversals stored) is
 * proven by LedgerEntriesIT and LedgerConcurrencyIT, under the same rule ids.
 */
class LedgerTest {

  private static BudgetLine line(String county, int year) {
    Allocation allocation =
        new Allocation(
            "BIO " + year,
            "Statsbudsjettet",
            year,
            Money.ofKroner(1_000_000),
            EnumSet.of(FundPurpose.BIO),
            SplitMethod.MANUAL,
            "test",
            Instant.EPOCH);
    return new BudgetLine(allocation, county, year, "BIO " + year);
  }

  private static LedgerEntry entry(Money amount, Long reverses) {
    return new LedgerEntry(
        7L,
        LedgerEntryType.COMMITMENT,
        amount,
        Instant.EPOCH,
        "leder",
        LedgerRef.grant(1L),
        null,
        reverses);
  }

  @Test
  void budB2_everyMovementAskedForIsAboveZero() {
    assertThat(messageKeyOf(() -> LedgerRules.requirePositive(Money.ZERO)))
        .isEqualTo("budget.amountNotPositive");
    assertThat(messageKeyOf(() -> LedgerRules.requirePositive(Money.of("-0.01"))))
        .isEqualTo("budget.amountNotPositive");
    assertThat(messageKeyOf(() -> LedgerRules.requirePositive(null)))
        .isEqualTo("budget.amountNotPositive");
    LedgerRules.requirePositive(Money.of("0.01"));
  }

  @Test
  void budB2_aNoteLongerThanItsColumnIsRefused() {
    assertThat(
            messageKeyOf(
                () -> LedgerRules.requireNoteFits("x".repeat(LedgerEntry.NOTE_MAXLENGTH + 1))))
        .isEqualTo("validation.tooLong");
    LedgerRules.requireNoteFits("x".repeat(LedgerEntry.NOTE_MAXLENGTH));
    LedgerRules.requireNoteFits(null);
  }

  @Test
  void budB3_anEntryIsReversedOnceAndAReversalNever() {
    assertThat(messageKeyOf(() -> LedgerRules.requireNotAReversal(entry(Money.ofKroner(-5), 3L))))
        .isEqualTo("budget.reversalOfReversal");
    assertThat(
            messageKeyOf(
                () -> LedgerRules.requireNotReversedYet(entry(Money.ofKroner(5), null), 1)))
        .isEqualTo("budget.alreadyReversed");
    LedgerRules.requireNotAReversal(entry(Money.ofKroner(5), null));
    LedgerRules.requireNotReversedYet(entry(Money.ofKroner(5), null), 0);
  }

  @Test
  void budB4_releaseDisbursementAndReclaimBelongToAGrantOrAMeasure() {
    assertThat(messageKeyOf(() -> LedgerRules.requireOwner(LedgerRef.LINE)))
        .isEqualTo("budget.ownerRequired");
    assertThat(messageKeyOf(() -> LedgerRules.requireOwner(null)))
        .isEqualTo("budget.ownerRequired");
    assertThat(LedgerRules.requireOwner(LedgerRef.grant(4L))).isEqualTo(LedgerRef.grant(4L));
    assertThat(LedgerRules.requireOwner(LedgerRef.measure(9L))).isEqualTo(LedgerRef.measure(9L));
  }

  @Test
  void budB4_whatAGrantHasIsCommittedNetOfReleasesAndReclaimsAndPaidNetOfReclaims() {
    OwnerBalance balance =
        LedgerRules.balance(
            Map.of(
                LedgerEntryType.COMMITMENT, Money.ofKroner(300_000),
                LedgerEntryType.RELEASE, Money.ofKroner(40_000),
                LedgerEntryType.DISBURSEMENT, Money.ofKroner(200_000),
                LedgerEntryType.RECLAIM, Money.ofKroner(10_000)));

    assertThat(balance)
        .isEqualTo(new OwnerBalance(Money.ofKroner(250_000), Money.ofKroner(190_000)));
    assertThat(LedgerRules.balance(Map.of())).isEqualTo(new OwnerBalance(Money.ZERO, Money.ZERO));
  }

  @Test
  void budB4_aGrantIsNeverPaidMoreThanIsCommittedToItNorLessThanNothing() {
    LedgerRules.requireNotOverdrawn(new OwnerBalance(Money.ofKroner(100), Money.ofKroner(100)));
    LedgerRules.requireNotOverdrawn(new OwnerBalance(Money.ZERO, Money.ZERO));
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireNotOverdrawn(
                        new OwnerBalance(Money.ofKroner(100), Money.of("100.01")))))
        .isEqualTo("budget.ownerOverdrawn");
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireNotOverdrawn(
                        new OwnerBalance(Money.ofKroner(100), Money.ofKroner(-1)))))
        .isEqualTo("budget.ownerOverdrawn");
  }

  @Test
  void budB5_aTransferStaysInItsCountyAndYearBetweenTwoLines() {
    LedgerRules.requireMovable(line("34", 2020), line("34", 2020), LedgerEntryType.TRANSFER);
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireMovable(
                        line("34", 2020), line("46", 2020), LedgerEntryType.TRANSFER)))
        .isEqualTo("budget.otherCounty");
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireMovable(
                        line("34", 2020), line("34", 2021), LedgerEntryType.TRANSFER)))
        .isEqualTo("budget.transferOtherYear");
    assertThat(messageKeyOf(() -> LedgerRules.requireTwoLines(5L, 5L)))
        .isEqualTo("budget.sameLine");
    LedgerRules.requireTwoLines(5L, 6L);
  }

  @Test
  void budB5_aCarryOverGoesToTheCountysLineOfTheNextYearOnly() {
    LedgerRules.requireMovable(line("34", 2020), line("34", 2021), LedgerEntryType.CARRY_OVER);
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireMovable(
                        line("34", 2020), line("34", 2020), LedgerEntryType.CARRY_OVER)))
        .isEqualTo("budget.carryOverNotNextYear");
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireMovable(
                        line("34", 2020), line("34", 2022), LedgerEntryType.CARRY_OVER)))
        .isEqualTo("budget.carryOverNotNextYear");
    assertThat(
            messageKeyOf(
                () ->
                    LedgerRules.requireMovable(
                        line("34", 2020), line("03", 2021), LedgerEntryType.CARRY_OVER)))
        .isEqualTo("budget.otherCounty");
  }
}
