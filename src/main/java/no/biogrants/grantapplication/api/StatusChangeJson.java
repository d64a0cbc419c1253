package no.biogrants.grantapplication.api;

import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.StatusChange;

/**
 * One step of the application's history; {@code from} is null for the first, {@code changedAt}
 * ISO-8601 UTC.
 */
public record StatusChangeJson(
    ApplicationStatus from, ApplicationStatus to, String actor, String changedAt, String reason) {

  static StatusChangeJson of(StatusChange change) {
    return new StatusChangeJson(
        change.getFrom(),
        change.getTo(),
        change.getActor(),
        change.getChangedAt().toString(),
        change.getReason());
  }
}
