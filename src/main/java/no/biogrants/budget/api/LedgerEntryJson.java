package no.biogrants.budget.api;

import java.math.BigDecimal;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerEntryType;

/** One ledger entry as the API gives it; {@code occurredAt} is ISO-8601 UTC. */
public record LedgerEntryJson(
    long id,
    LedgerEntryType type,
    BigDecimal amount,
    String occurredAt,
    String actor,
    Long applicationId,
    String note) {

  static LedgerEntryJson of(LedgerEntry entry) {
    return new LedgerEntryJson(
        entry.getId(),
        entry.getType(),
        entry.getAmount().amount(),
        entry.getOccurredAt().toString(),
        entry.getActor(),
        entry.getApplicationId(),
        entry.getNote());
  }
}
