package no.biogrants.budget;

import java.io.Serializable;
import no.biogrants.shared.Money;

/**
 * A grant or a measure with money on a line (read model): what is committed to it, paid to it and
 * still open. {@code label} is the application's reference or the measure's name.
 */
public record OwnerRow(
    Long applicationId, Long measureId, String label, Money committed, Money disbursed)
    implements Serializable {

  public Money open() {
    return committed.minus(disbursed);
  }
}
