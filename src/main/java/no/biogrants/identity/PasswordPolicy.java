package no.biogrants.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;

/**
 * What a password must be wherever one is set (today: {@link Users#create}; a page where users set
 * or change passwords must call it too): at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_LENGTH}, not the username (nor the username with a different case or spaces around
 * it), and not one of the most common passwords of that length. Length over complexity rules, as
 * NIST SP 800-63B and NSM's basic principles recommend. Every broken rule is reported at once. The
 * demo users' known password is set outside this policy (demo data only, never production).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  /**
   * Common passwords of 12 characters or more (leak lists and Norwegian favourites), lower case.
   */
  static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "1234567890123",
          "12345678901234",
          "123456123456",
          "111111111111",
          "000000000000",
          "123123123123",
          "password1234",
          "password12345",
          "passwordpassword",
          "password123!",
          "qwertyuiop12",
          "qwertyuiopåæ",
          "qwerty123456",
          "1q2w3e4r5t6y",
          "iloveyou1234",
          "administrator",
          "admin1234567",
          "welcome12345",
          "letmein12345",
          "passord12345",
          "passord1234!",
          "passordpassord",
          "sommer123456",
          "vinter123456",
          "velkommen123",
          "velkommen1234",
          "hemmelig1234",
          "norge1234567",
          "abcdefghijkl",
          "abc123abc123",
          "zaq12wsxcde3");

  private PasswordPolicy() {}

  /** Every rule the password breaks, as violations of the field {@code password}. */
  public static List<FieldViolation> violations(String username, char[] password) {
    List<FieldViolation> violations = new ArrayList<>();
    String text = password == null ? "" : new String(password);
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      violations.add(FieldViolation.of("password", "password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      violations.add(FieldViolation.of("password", "password.tooLong", MAX_LENGTH));
    }
    String normalised = text.strip().toLowerCase(Locale.ROOT);
    if (username != null
        && !normalised.isEmpty()
        && normalised.equals(username.strip().toLowerCase(Locale.ROOT))) {
      violations.add(FieldViolation.of("password", "password.sameAsUsername"));
    }
    if (COMMON.contains(normalised)) {
      violations.add(FieldViolation.of("password", "password.tooCommon"));
    }
    return violations;
  }

  /** Refuses a password that breaks a rule, with every broken rule. */
  public static void check(String username, char[] password) {
    InvalidInputException.throwIfAny(violations(username, password));
  }
}
