package no.biogrants.casework;

import java.time.Instant;
import no.biogrants.shared.Money;

/** A decision made without the service, for the unit tests of other casework packages (appeals). */
public final class DecisionFixtures {

  private DecisionFixtures() {}

  public static Decision decision(
      Long applicationId,
      DecisionOutcome outcome,
      Money amount,
      Long budgetLineId,
      String decidedBy,
      Instant decidedAt,
      String reasons,
      String committeeCaseNumber) {
    return new Decision(
        applicationId,
        outcome,
        amount,
        budgetLineId,
        decidedBy,
        decidedAt,
        reasons,
        committeeCaseNumber);
  }
}
