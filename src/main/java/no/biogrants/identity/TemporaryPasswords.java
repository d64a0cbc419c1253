package no.biogrants.identity;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Temporary passwords (rule ID-I6): 16 characters from 31 that cannot be mistaken for each other
 * when read aloud or written down (no 0/o, 1/l/i), in four groups of four, e.g. {@code
 * k7fm-2xqa-9hcd-pt4w}: about 79 bits of chance, well over the {@link PasswordPolicy}. One is valid
 * for {@link #VALID_FOR} (the first admin's, from the log, for {@link #BOOTSTRAP_VALID_FOR}), and
 * must be changed at the first login.
 */
public final class TemporaryPasswords {

  static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  /** How long a temporary password an admin made works: long enough to reach a person by post. */
  public static final Duration VALID_FOR = Duration.ofDays(7);

  /** How long the first admin's one-time password from the log works. */
  public static final Duration BOOTSTRAP_VALID_FOR = Duration.ofHours(24);

  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
