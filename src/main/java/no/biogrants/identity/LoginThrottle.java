package no.biogrants.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Slows down password guessing at the login page without handing anyone a tool to lock others out
 * (rule ID-I2, after OWASP's Authentication Cheat Sheet: lock-out used as denial of service):
 *
 * <ul>
 *   <li>5 failures for one username <em>from one address</em> within 15 minutes lock that pair for
 *       15 minutes: the guesser's address, not the user. The same user logs in from any other
 *       address as before.
 *   <li>20 failures from one address lock the address (any username) for 15 minutes.
 *   <li>From the 10th failure for a username within 15 minutes from all addresses together, each
 *       further try for it waits 1, 2, 4, … up to 30 seconds after the last failure: a guesser with
 *       many addresses gets a few tries a minute, the user at worst a short wait.
 *   <li>At the next successful login the user is told how many failed attempts there were since the
 *       last one, when, and from which address ({@link #succeeded}); by e-mail once the system
 *       sends e-mail.
 * </ul>
 *
 * The answers are the same for usernames that exist and ones that do not, and while a try must wait
 * the password is not checked. Counted in memory per node ({@link FailureThrottle}).
 */
@ApplicationScoped
public class LoginThrottle {

  public static final int MAX_FAILURES_PER_USERNAME_AND_ADDRESS = 5;
  public static final int MAX_FAILURES_PER_ADDRESS = 20;
  public static final int SLOW_DOWN_AFTER = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCKOUT = Duration.ofMinutes(15);
  public static final Duration MAX_DELAY = Duration.ofSeconds(30);

  /** Failed logins for a username since its last successful one: how many, the last when, where. */
  public record Attempts(int count, Instant last, String lastAddress) {}

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  private final FailureThrottle pairs =
      new FailureThrottle(MAX_FAILURES_PER_USERNAME_AND_ADDRESS, WINDOW, LOCKOUT);
  private final FailureThrottle addresses =
      new FailureThrottle(MAX_FAILURES_PER_ADDRESS, WINDOW, LOCKOUT);
  private final UsernameFailures usernames =
      new UsernameFailures(SLOW_DOWN_AFTER, WINDOW, MAX_DELAY);

  @Inject private Clock clock;

  LoginThrottle() {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * How long this username from this address must wait before its password is checked: zero when it
   * may try now, {@link #LOCKOUT} while the pair or the address is locked, else the slow-down.
   */
  public Duration waitBefore(String username, String address) {
    Instant now = clock.instant();
    if (pairs.isLocked(pair(username, address), now) || addresses.isLocked(address, now)) {
      return LOCKOUT;
    }
    return usernames.waitBefore(key(username), now);
  }

  /** True when {@link #waitBefore} is zero. */
  public boolean mayTry(String username, String address) {
    return waitBefore(username, address).isZero();
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    pairs.failed(pair(username, address), now);
    addresses.failed(address, now);
    usernames.failed(key(username), address, now);
    if (!waitBefore(username, address).isZero()) {
      LOG.warning(() -> "Login attempts slowed down or locked after failures from " + address);
    }
  }

  /** Clears the username's failures from this address and answers those since its last login. */
  public Optional<Attempts> succeeded(String username, String address) {
    pairs.succeeded(pair(username, address), clock.instant());
    return usernames.succeeded(key(username));
  }

  /** Usernames are counted without case and surrounding spaces, so "Soker " is "soker". */
  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String pair(String username, String address) {
    return key(username) + "\u0000" + address;
  }
}
