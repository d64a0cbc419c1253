package no.biogrants.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values per key that are read again at most once per {@code maxAge}. A fresh value is served as it
 * is. When it is older, one caller reads it again while the callers meanwhile get the old value (so
 * a busy page never waits for the refresh in a crowd); the very first value of a key is read once,
 * the other callers waiting for it. Pure Java, thread-safe.
 */
final class SnapshotCache<K, V> {

  private record Snapshot<V>(V value, Instant takenAt) {}

  private final Duration maxAge;
  private final Clock clock;
  private final Map<K, Snapshot<V>> snapshots = new ConcurrentHashMap<>();
  private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

  SnapshotCache(Duration maxAge, Clock clock) {
    this.maxAge = maxAge;
    this.clock = clock;
  }

  V get(K key, Supplier<V> reader) {
    Snapshot<V> snapshot = snapshots.get(key);
    if (snapshot != null && fresh(snapshot)) {
      return snapshot.value();
    }
    if (snapshot == null) {
      return snapshots.compute(key, (k, old) -> old != null ? old : take(reader)).value();
    }
    if (!refreshing.add(key)) {
      return snapshot.value(); // another caller is reading it again
    }
    try {
      Snapshot<V> taken = take(reader);
      snapshots.put(key, taken);
      return taken.value();
    } finally {
      refreshing.remove(key);
    }
  }

  /** Forgets a key's value: the next caller reads it again. */
  void forget(K key) {
    snapshots.remove(key);
  }

  private Snapshot<V> take(Supplier<V> reader) {
    return new Snapshot<>(reader.get(), clock.instant());
  }

  private boolean fresh(Snapshot<V> snapshot) {
    return snapshot.takenAt().plus(maxAge).isAfter(clock.instant());
  }
}
