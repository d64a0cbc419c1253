package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Login throttling (whether the username exists or not: the throttle never asks): five failures for
 * a username from one address lock that pair, twenty from one address lock the address, and many
 * from everywhere slow the username down without ever locking it out (issue 14, item 19).
 */
class LoginThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void idI2_fiveFailuresFromOneAddressLockThatAddressForTheUsernameForFifteenMinutes() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME_AND_ADDRESS; i++) {
      assertThat(throttle.mayTry("leder", "203.0.113.9")).isTrue();
      throttle.failed("leder", "203.0.113.9");
    }

    assertThat(throttle.waitBefore("leder", "203.0.113.9")).isEqualTo(LoginThrottle.LOCKOUT);
    assertThat(throttle.mayTry(" LEDER ", "203.0.113.9"))
        .as("case and spaces do not make another username")
        .isFalse();
    assertThat(throttle.mayTry("leder", "10.0.0.1"))
        .as("the approver logs in from the office as before: no lock-out by anyone else")
        .isTrue();
    assertThat(throttle.mayTry("soker", "203.0.113.9")).isTrue();
    clock.advance(LoginThrottle.LOCKOUT);
    assertThat(throttle.mayTry("leder", "203.0.113.9")).isTrue();
  }

  @Test
  void idI2_failuresFromManyAddressesSlowTheUsernameDownButNeverLockIt() {
    for (int i = 0; i < LoginThrottle.SLOW_DOWN_AFTER - 1; i++) {
      throttle.failed("leder", "198.51.100." + i);
      assertThat(throttle.mayTry("leder", "10.0.0.1")).isTrue();
    }
    throttle.failed("leder", "198.51.100.50");
    assertThat(throttle.waitBefore("leder", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.mayTry("leder", "10.0.0.1")).isTrue();

    for (int i = 0; i < 20; i++) {
      clock.advance(throttle.waitBefore("leder", "10.0.0.1"));
      throttle.failed("leder", "198.51.100." + (100 + i));
    }
    assertThat(throttle.waitBefore("leder", "10.0.0.1"))
        .as("the wait doubles up to half a minute, never more")
        .isEqualTo(LoginThrottle.MAX_DELAY);
    clock.advance(LoginThrottle.MAX_DELAY);
    assertThat(throttle.mayTry("leder", "10.0.0.1")).isTrue();
    assertThat(throttle.mayTry("soker", "10.0.0.1")).as("other users are not slowed").isTrue();
  }

  @Test
  void idI2_theNextLoginTellsHowManyFailuresThereWereSinceTheLastOne() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("leder", "198.51.100." + i);
    }
    clock.advance(Duration.ofMinutes(40));
    throttle.failed("leder", "198.51.100.77");

    assertThat(throttle.succeeded("leder", "10.0.0.1"))
        .hasValueSatisfying(
            a -> {
              assertThat(a.count()).isEqualTo(4);
              assertThat(a.lastAddress()).isEqualTo("198.51.100.77");
              assertThat(a.last()).isEqualTo(clock.instant());
            });
    assertThat(throttle.succeeded("leder", "10.0.0.1")).as("told once").isEmpty();
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
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME_AND_ADDRESS - 1; i++) {
      throttle.failed("soker", "10.0.0.1");
    }
    throttle.succeeded("soker", "10.0.0.1");
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
