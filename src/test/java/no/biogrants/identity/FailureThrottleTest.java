package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failures counted in a sliding window lock a key for a while, then it may try again. */
class FailureThrottleTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private final FailureThrottle throttle =
      new FailureThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  @Test
  void theFifthFailureWithinTheWindowLocksForTheLockout() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("soker", T0.plusSeconds(i * 60L));
      assertThat(throttle.isLocked("soker", T0.plusSeconds(i * 60L))).isFalse();
    }
    throttle.failed("soker", T0.plusSeconds(240));

    assertThat(throttle.isLocked("soker", T0.plusSeconds(240))).isTrue();
    assertThat(
            throttle.isLocked(
                "soker", T0.plusSeconds(240).plus(Duration.ofMinutes(15)).minusSeconds(1)))
        .isTrue();
    assertThat(throttle.isLocked("soker", T0.plusSeconds(240).plus(Duration.ofMinutes(15))))
        .isFalse();
    assertThat(throttle.isLocked("leder", T0.plusSeconds(240))).isFalse();
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("soker", T0);
    }
    throttle.failed("soker", T0.plus(Duration.ofMinutes(15)));

    assertThat(throttle.isLocked("soker", T0.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aSuccessClearsTheCountButNotALockInForce() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("soker", T0);
    }
    throttle.succeeded("soker", T0);
    throttle.failed("soker", T0);
    assertThat(throttle.isLocked("soker", T0)).isFalse();

    for (int i = 0; i < 4; i++) {
      throttle.failed("soker", T0);
    }
    assertThat(throttle.isLocked("soker", T0)).isTrue();
    throttle.succeeded("soker", T0);
    assertThat(throttle.isLocked("soker", T0)).isTrue();
  }

  @Test
  void failuresDuringALockDoNotExtendIt() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("soker", T0);
    }
    throttle.failed("soker", T0.plus(Duration.ofMinutes(14)));

    assertThat(throttle.isLocked("soker", T0.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void keysWithoutRecentFailuresArePrunedSoMadeUpNamesCannotFillTheMemory() {
    for (int i = 0; i <= FailureThrottle.PRUNE_ABOVE; i++) {
      throttle.failed("user" + i, T0);
    }
    throttle.failed("late", T0.plus(Duration.ofMinutes(16)));

    assertThat(throttle.size()).isEqualTo(1);
  }
}
