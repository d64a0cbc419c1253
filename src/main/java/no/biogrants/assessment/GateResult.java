package no.biogrants.assessment;

import java.io.Serializable;
import java.time.Instant;

/**
 * One gate for one application: whether it passed, the inputs it was judged on (for the caseworker
 * and an appeal), and any override with its reason.
 */
public record GateResult(
    Gate gate,
    boolean passed,
    String inputs,
    String overrideReason,
    String overriddenBy,
    Instant overriddenAt)
    implements Serializable {

  public boolean overridden() {
    return overrideReason != null;
  }

  /** Passed, or failed and overridden with a reason. */
  public boolean cleared() {
    return passed || overridden();
  }
}
