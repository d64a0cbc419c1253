package no.biogrants.budget;

/**
 * What a money movement belongs to: a grant (its application), a measure funded from a flexible
 * line, or the line itself (allocations, transfers, carry-overs).
 */
public record LedgerRef(Long applicationId, Long measureId) {

  public static final LedgerRef LINE = new LedgerRef(null, null);

  public static LedgerRef grant(Long applicationId) {
    return new LedgerRef(applicationId, null);
  }

  public static LedgerRef measure(Long measureId) {
    return new LedgerRef(null, measureId);
  }

  public boolean isLine() {
    return applicationId == null && measureId == null;
  }
}
