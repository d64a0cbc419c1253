package no.biogrants.casework;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;

/**
 * The counters above the queue (cases per status in a county), counted at most once every {@link
 * #MAX_AGE} per county for all its caseworkers and approvers: counting is a GROUP BY over every
 * case of the county (230 000 in the largest on a million applications, about 55 ms of database
 * time), which on every page view was the queue's largest cost. The counters may therefore lag the
 * county's cases by up to {@code MAX_AGE} (plus the time one count takes); changes do not clear
 * them. The queue's table itself (its rows and its total) is always read live.
 */
@ApplicationScoped
public class StatusCounters {

  /** How old the counters shown may be. */
  public static final Duration MAX_AGE = Duration.ofSeconds(10);

  @Inject private CaseQueue queue;
  @Inject private Clock clock;

  private SnapshotCache<String, Map<ApplicationStatus, Long>> counts;

  @PostConstruct
  void init() {
    counts = new SnapshotCache<>(MAX_AGE, clock);
  }

  /** Cases per status in the actor's county (drafts excluded), at most {@link #MAX_AGE} old. */
  public Map<ApplicationStatus, Long> of(Actor actor) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    return counts.get(
        actor.countyCode(), () -> Collections.unmodifiableMap(queue.countsByStatus(actor)));
  }
}
