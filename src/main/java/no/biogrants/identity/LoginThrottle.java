package no.biogrants.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Slows down password guessing at the login page: 5 failed logins for one username, or 20 from one
 * address, within 15 minutes lock that username (or address) out of logging in for 15 minutes. The
 * lock applies alike to usernames that exist and ones that do not, and while it lasts the password
 * is not even checked, so the answer never tells whether a user exists or the password was right.
 * The address limit is higher because several people of one office may share an address. Counted in
 * memory per node ({@link FailureThrottle}).
 */
@ApplicationScoped
public class LoginThrottle {

  public static final int MAX_FAILURES_PER_USERNAME = 5;
  public static final int MAX_FAILURES_PER_ADDRESS = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  private final FailureThrottle usernames =
      new FailureThrottle(MAX_FAILURES_PER_USERNAME, WINDOW, LOCKOUT);
  private final FailureThrottle addresses =
      new FailureThrottle(MAX_FAILURES_PER_ADDRESS, WINDOW, LOCKOUT);

  @Inject private Clock clock;

  LoginThrottle() {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** False while the username or the address is locked out: do not check the password at all. */
  public boolean mayTry(String username, String address) {
    return !usernames.isLocked(key(username), clock.instant())
        && !addresses.isLocked(address, clock.instant());
  }

  public void failed(String username, String address) {
    usernames.failed(key(username), clock.instant());
    addresses.failed(address, clock.instant());
    if (!mayTry(username, address)) {
      LOG.warning(
          () ->
              "Login locked for "
                  + LOCKOUT.toMinutes()
                  + " minutes after repeated failures (address "
                  + address
                  + ")");
    }
  }

  public void succeeded(String username) {
    usernames.succeeded(key(username), clock.instant());
  }

  /** Usernames are counted without case and surrounding spaces, so "Soker " is "soker". */
  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
