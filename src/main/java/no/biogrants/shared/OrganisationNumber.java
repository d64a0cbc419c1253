package no.biogrants.shared;

import java.io.Serializable;
import java.util.Optional;

/**
 * A Norwegian organisation number (organisasjonsnummer) from the Central Coordinating Register:
 * nine digits, the last a MOD11 check digit with weights 3 2 7 6 5 4 3 2. A remainder of 1 means
 * the number cannot exist.
 */
public record OrganisationNumber(String value) implements Serializable {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  public OrganisationNumber {
    if (!isValid(value)) {
      throw new InvalidInputException("validation.orgnr.invalid", value);
    }
  }

  /** Accepts the number with spaces as people write it ("974 760 673"). */
  public static OrganisationNumber parse(String text) {
    return new OrganisationNumber(digitsOf(text));
  }

  /** The number as people write it, when it is a valid one; empty otherwise (never throws). */
  public static Optional<OrganisationNumber> tryParse(String text) {
    String digits = digitsOf(text);
    return isValid(digits) ? Optional.of(new OrganisationNumber(digits)) : Optional.empty();
  }

  private static String digitsOf(String text) {
    return text == null ? null : text.replace(" ", "").replace("\u00a0", "");
  }

  public static boolean isValid(String value) {
    if (value == null || !value.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (value.charAt(i) - '0') * WEIGHTS[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return false;
    }
    int check = remainder == 0 ? 0 : 11 - remainder;
    return check == value.charAt(8) - '0';
  }

  /** As shown to people: "974 760 673". */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
