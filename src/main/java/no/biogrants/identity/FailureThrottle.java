package no.biogrants.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a username, an address) in a sliding window: at {@code maxFailures}
 * failures within {@code window} the key is locked for {@code lockout}. Kept in memory, which is
 * enough while the application runs on one node (a restart forgets the counts; a second node would
 * count on its own, see the identity package). Thread-safe. Keys without a recent failure are
 * pruned, so a flood of made-up usernames cannot fill the memory.
 */
public final class FailureThrottle {

  /** Beyond this many keys, the ones without recent failures or lock are pruned. */
  static final int PRUNE_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Duration lockout;
  private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

  public FailureThrottle(int maxFailures, Duration window, Duration lockout) {
    if (maxFailures < 1
        || window.isNegative()
        || window.isZero()
        || lockout.isNegative()
        || lockout.isZero()) {
      throw new IllegalArgumentException("maxFailures >= 1, window and lockout > 0");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.lockout = lockout;
  }

  /** True while the key is locked out. */
  public boolean isLocked(String key, Instant now) {
    Failures failures = byKey.get(key);
    return failures != null && failures.lockedAt(now);
  }

  /** Counts a failure; locks the key when it is the {@code maxFailures}th within the window. */
  public void failed(String key, Instant now) {
    if (byKey.size() > PRUNE_ABOVE) {
      byKey.values().removeIf(f -> f.forgettable(now));
    }
    byKey.computeIfAbsent(key, k -> new Failures()).add(now);
  }

  /** A success clears the key's failures (not a lock already in force). */
  public void succeeded(String key, Instant now) {
    byKey.computeIfPresent(key, (k, f) -> f.lockedAt(now) ? f : null);
  }

  public Duration lockout() {
    return lockout;
  }

  int size() {
    return byKey.size();
  }

  private final class Failures {

    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil;

    synchronized void add(Instant now) {
      if (lockedAt(now)) {
        return;
      }
      Instant since = now.minus(window);
      times.removeIf(t -> !t.isAfter(since));
      times.addLast(now);
      if (times.size() >= maxFailures) {
        lockedUntil = now.plus(lockout);
        times.clear();
      }
    }

    synchronized boolean lockedAt(Instant now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }

    synchronized boolean forgettable(Instant now) {
      return !lockedAt(now) && (times.isEmpty() || !times.peekLast().isAfter(now.minus(window)));
    }
  }
}
