package no.biogrants.casework.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A late appeal considered anyway (fvl. § 31): why, by whom and when. An appeal in time, or a late
 * one nobody has chosen to consider, has none (its columns are null).
 */
@Embeddable
public class LateConsideration {

  @Column(name = "late_reason", length = Appeal.REASON_MAXLENGTH)
  private String reason;

  @Column(name = "late_considered_by")
  private String by;

  @Column(name = "late_considered_at")
  private Instant at;

  protected LateConsideration() {}

  /** The reason is required. */
  LateConsideration(String reason, String by, Instant at) {
    this.reason =
        AppealInput.text(reason, "validation.appeal.reasonRequired", Appeal.REASON_MAXLENGTH);
    this.by = by;
    this.at = at;
  }

  String reason() {
    return reason;
  }

  String by() {
    return by;
  }

  Instant at() {
    return at;
  }
}
