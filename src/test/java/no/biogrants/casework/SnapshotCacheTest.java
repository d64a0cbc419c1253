package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final SnapshotCache<String, Integer> cache =
      new SnapshotCache<>(Duration.ofSeconds(10), clock);
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void caseQ2_aValueIsReadOnceWhileFreshAndAgainWhenOlderThanTheMaximumAge() {
    assertThat(cache.get("30", reads::incrementAndGet)).isEqualTo(1);
    clock.advance(Duration.ofSeconds(9));
    assertThat(cache.get("30", reads::incrementAndGet)).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get("30", reads::incrementAndGet)).isEqualTo(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void eachKeyHasItsOwnValue() {
    assertThat(cache.get("30", () -> 30)).isEqualTo(30);
    assertThat(cache.get("46", () -> 46)).isEqualTo(46);
    assertThat(cache.get("30", () -> 0)).isEqualTo(30);
  }

  @Test
  void forgettingAKeyMakesTheNextCallerReadIt() {
    cache.get("30", reads::incrementAndGet);
    cache.forget("30");
    assertThat(cache.get("30", reads::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void caseQ2_whileOneCallerReadsAnOldValueAgainTheOthersGetTheOldValueAtOnce() throws Exception {
    cache.get("30", () -> 1);
    clock.advance(Duration.ofSeconds(11));
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> refresher =
          pool.submit(
              () ->
                  cache.get(
                      "30",
                      () -> {
                        reading.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return 2;
                      }));
      assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(cache.get("30", () -> 99)).isEqualTo(1);
      release.countDown();
      assertThat(refresher.get(5, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(cache.get("30", () -> 99)).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
