package no.biogrants.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * What an admin registers: an allocation and how it is split between counties. For FIXED_SHARES
 * {@code keys} are percentages per county; for MANUAL they are the amounts in NOK; for
 * PER_INHABITANT they are not used (the inhabitants of the year are).
 */
public record AllocationRequest(
    String name,
    String source,
    Integer year,
    Money amount,
    Set<FundPurpose> purposes,
    SplitMethod method,
    Map<String, BigDecimal> keys) {

  public static final int NAME_MAXLENGTH = 200;

  public AllocationRequest {
    name = name == null ? null : name.strip();
    source = source == null ? null : source.strip();
    if (name == null || name.isEmpty()) {
      throw new InvalidInputException("validation.allocation.nameRequired");
    }
    if (source == null || source.isEmpty()) {
      throw new InvalidInputException("validation.allocation.sourceRequired");
    }
    if (name.length() > NAME_MAXLENGTH || source.length() > NAME_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", NAME_MAXLENGTH);
    }
    if (year == null || year < 2000 || year > 2100) {
      throw new InvalidInputException("validation.allocation.year");
    }
    if (amount == null || !amount.isPositive()) {
      throw new InvalidInputException("validation.amount.positive");
    }
    if (purposes == null || purposes.isEmpty()) {
      throw new InvalidInputException("validation.allocation.purposeRequired");
    }
    if (method == null) {
      throw new InvalidInputException("validation.allocation.methodRequired");
    }
    keys = keys == null ? Map.of() : new LinkedHashMap<>(keys);
    purposes = Set.copyOf(purposes);
  }
}
