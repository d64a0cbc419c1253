package no.biogrants.budget;

import java.util.Map;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * The rules of a money movement that need no database, which {@link Ledger} checks before and after
 * it books: amounts above zero, who a movement belongs to, between which lines money may move, what
 * a reversal is, and that a grant or measure is never paid more than committed to it. The rule ids
 * are those of the budget package.
 */
final class LedgerRules {

  private LedgerRules() {}

  /** BUD-B2: every movement asked for is of an amount above zero. */
  static void requirePositive(Money amount) {
    if (amount == null || !amount.isPositive()) {
      throw new BusinessException("budget.amountNotPositive", amount == null ? Money.ZERO : amount);
    }
  }

  /** BUD-B4: a release, disbursement or reclaim belongs to a grant or a measure, never the line. */
  static LedgerRef requireOwner(LedgerRef ref) {
    if (ref == null || ref.isLine()) {
      throw new BusinessException("budget.ownerRequired");
    }
    return ref;
  }

  /** An entry's note fits its column. */
  static void requireNoteFits(String note) {
    if (note != null && note.length() > LedgerEntry.NOTE_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", LedgerEntry.NOTE_MAXLENGTH);
    }
  }

  /**
   * BUD-B5: a transfer goes between two lines of one county and year, a carry-over to the same
   * county's line of the next year.
   */
  static void requireMovable(BudgetLine from, BudgetLine to, LedgerEntryType type) {
    if (!from.getCountyCode().equals(to.getCountyCode())) {
      throw new BusinessException("budget.otherCounty");
    }
    if (type == LedgerEntryType.TRANSFER && to.getYear() != from.getYear()) {
      throw new BusinessException("budget.transferOtherYear");
    }
    if (type == LedgerEntryType.CARRY_OVER && to.getYear() != from.getYear() + 1) {
      throw new BusinessException("budget.carryOverNotNextYear");
    }
  }

  /** BUD-B5: money moves between two different lines. */
  static void requireTwoLines(Long fromLineId, Long toLineId) {
    if (fromLineId.equals(toLineId)) {
      throw new BusinessException("budget.sameLine");
    }
  }

  /** BUD-B3: a reversal is never reversed (book anew instead). */
  static void requireNotAReversal(LedgerEntry original) {
    if (original.getReversesEntryId() != null) {
      throw new BusinessException("budget.reversalOfReversal");
    }
  }

  /** BUD-B3: an entry is reversed at most once. */
  static void requireNotReversedYet(LedgerEntry original, long reversalsAlready) {
    if (reversalsAlready > 0) {
      throw new BusinessException("budget.alreadyReversed", original.getId());
    }
  }

  /**
   * BUD-B4: what a grant or measure has on a line from the sums of its entries by type: committed
   * net of releases and reclaims, disbursed net of reclaims.
   */
  static OwnerBalance balance(Map<LedgerEntryType, Money> sums) {
    Money committed =
        sum(sums, LedgerEntryType.COMMITMENT)
            .minus(sum(sums, LedgerEntryType.RELEASE))
            .minus(sum(sums, LedgerEntryType.RECLAIM));
    Money disbursed =
        sum(sums, LedgerEntryType.DISBURSEMENT).minus(sum(sums, LedgerEntryType.RECLAIM));
    return new OwnerBalance(committed, disbursed);
  }

  /** BUD-B4: paid never below zero and never more than committed. */
  static void requireNotOverdrawn(OwnerBalance balance) {
    if (balance.disbursed().isNegative() || balance.committed().isLessThan(balance.disbursed())) {
      throw new BusinessException(
          "budget.ownerOverdrawn", balance.committed(), balance.disbursed());
    }
  }

  private static Money sum(Map<LedgerEntryType, Money> sums, LedgerEntryType type) {
    return sums.getOrDefault(type, Money.ZERO);
  }
}
