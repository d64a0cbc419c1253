package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Login throttling: five failures for one username (whether it exists or not: the throttle never
 * asks) or twenty from one address within 15 minutes lock it for 15 minutes.
 */
class LoginThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void idI2_fiveFailuresForOneUsernameLockItFromEveryAddressForFifteenMinutes() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME; i++) {
      assertThat(throttle.mayTry("soker", "10.0.0." + i)).isTrue();
      throttle.failed("soker", "10.0.0." + i);
    }

    assertThat(throttle.mayTry("soker", "10.0.0.99")).isFalse();
    assertThat(throttle.mayTry(" SOKER ", "10.0.0.99"))
        .as("case and spaces do not make another username")
        .isFalse();
    assertThat(throttle.mayTry("leder", "10.0.0.1")).isTrue();
    clock.advance(LoginThrottle.LOCKOUT);
    assertThat(throttle.mayTry("soker", "10.0.0.99")).isTrue();
  }

  @Test
  void idI2_twentyFailuresFromOneAddressLockTheAddress() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
      throttle.failed("user" + i, "10.0.0.7");
    }

    assertThat(throttle.mayTry("anyone", "10.0.0.7")).isFalse();
    assertThat(throttle.mayTry("anyone", "10.0.0.8")).isTrue();
  }

  @Test
  void idI2_aSuccessfulLoginClearsTheUsernamesFailures() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME - 1; i++) {
      throttle.failed("soker", "10.0.0.1");
    }
    throttle.succeeded("soker");
    throttle.failed("soker", "10.0.0.1");

    assertThat(throttle.mayTry("soker", "10.0.0.1")).isTrue();
  }

  @Test
  void idI4_apiKeysAreThrottledPerAddress() {
    ApiKeyThrottle api = new ApiKeyThrottle(clock);
    for (int i = 0; i < ApiKeyThrottle.MAX_INVALID_KEYS_PER_ADDRESS - 1; i++) {
      api.invalidKey("10.0.0.7");
    }
    assertThat(api.isLocked("10.0.0.7")).isFalse();
    api.invalidKey("10.0.0.7");

    assertThat(api.isLocked("10.0.0.7")).isTrue();
    assertThat(api.isLocked("10.0.0.8")).isFalse();
    clock.advance(ApiKeyThrottle.LOCKOUT);
    assertThat(api.isLocked("10.0.0.7")).isFalse();
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {

    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Oslo");
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
}
