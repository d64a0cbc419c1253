package no.biogrants.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Slows down guessing of API keys: 10 requests with an invalid key from one address within 15
 * minutes lock that address out of the API for 15 minutes (429, also for a valid key, since a
 * guesser's next key may be right). Requests without a key are answered 401 and not counted: they
 * guess nothing. Counted in memory per node ({@link FailureThrottle}).
 */
@ApplicationScoped
public class ApiKeyThrottle {

  public static final int MAX_INVALID_KEYS_PER_ADDRESS = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(ApiKeyThrottle.class.getName());

  private final FailureThrottle addresses =
      new FailureThrottle(MAX_INVALID_KEYS_PER_ADDRESS, WINDOW, LOCKOUT);

  @Inject private Clock clock;

  ApiKeyThrottle() {}

  ApiKeyThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isLocked(String address) {
    return addresses.isLocked(address, clock.instant());
  }

  public void invalidKey(String address) {
    addresses.failed(address, clock.instant());
    if (isLocked(address)) {
      LOG.warning(() -> "API locked for address " + address + " after repeated invalid keys");
    }
  }
}
