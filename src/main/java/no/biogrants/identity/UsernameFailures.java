package no.biogrants.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per username from every address, for two things that never lock the user out: the
 * slow-down (from the {@code slowAfter}th failure within the window, each further try waits twice
 * as long as the one before, from one second up to {@code maxDelay}) and the notice at the next
 * successful login of how many failures there were since the last one. In memory, pruned like
 * {@link FailureThrottle}. Thread-safe.
 */
final class UsernameFailures {

  static final int PRUNE_ABOVE = 10_000;

  private final int slowAfter;
  private final Duration window;
  private final Duration maxDelay;
  private final Map<String, Tally> byUsername = new ConcurrentHashMap<>();

  UsernameFailures(int slowAfter, Duration window, Duration maxDelay) {
    this.slowAfter = slowAfter;
    this.window = window;
    this.maxDelay = maxDelay;
  }

  /** How long a try for the username must still wait; zero when it may try now. */
  Duration waitBefore(String username, Instant now) {
    Tally tally = byUsername.get(username);
    return tally == null ? Duration.ZERO : tally.waitBefore(now);
  }

  void failed(String username, String address, Instant now) {
    if (byUsername.size() > PRUNE_ABOVE) {
      byUsername.values().removeIf(t -> t.forgettable(now));
    }
    byUsername.computeIfAbsent(username, k -> new Tally()).add(address, now);
  }

  /** Clears the username and answers the failures since its last success, if there were any. */
  Optional<LoginThrottle.Attempts> succeeded(String username) {
    Tally tally = byUsername.remove(username);
    return tally == null ? Optional.empty() : tally.sinceSuccess();
  }

  private final class Tally {

    private final Deque<Instant> recent = new ArrayDeque<>();
    private int sinceSuccess;
    private Instant last;
    private String lastAddress;

    synchronized void add(String address, Instant now) {
      Instant since = now.minus(window);
      recent.removeIf(t -> !t.isAfter(since));
      recent.addLast(now);
      sinceSuccess++;
      last = now;
      lastAddress = address;
    }

    synchronized Duration waitBefore(Instant now) {
      Instant since = now.minus(window);
      long inWindow = recent.stream().filter(t -> t.isAfter(since)).count();
      if (inWindow < slowAfter || last == null) {
        return Duration.ZERO;
      }
      long doublings = Math.min(inWindow - slowAfter, 30);
      Duration delay = Duration.ofSeconds(1L << doublings);
      if (delay.compareTo(maxDelay) > 0) {
        delay = maxDelay;
      }
      Duration left = Duration.between(now, last.plus(delay));
      return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized Optional<LoginThrottle.Attempts> sinceSuccess() {
      return sinceSuccess == 0
          ? Optional.empty()
          : Optional.of(new LoginThrottle.Attempts(sinceSuccess, last, lastAddress));
    }

    synchronized boolean forgettable(Instant now) {
      return last == null || !last.isAfter(now.minus(window));
    }
  }
}
