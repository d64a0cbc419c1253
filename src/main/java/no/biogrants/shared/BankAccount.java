package no.biogrants.shared;

import java.io.Serializable;

/**
 * A Norwegian bank account number (kontonummer): eleven digits, the last a MOD11 check digit with
 * weights 5 4 3 2 7 6 5 4 3 2. A remainder of 1 means the number cannot exist. Grants are paid only
 * to an account that passes the check.
 */
public record BankAccount(String value) implements Serializable {

  private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  public BankAccount {
    if (!isValid(value)) {
      throw new InvalidInputException("validation.bankAccount.invalid", value);
    }
  }

  /** Accepts the number as people write it: "1503.23.45678", "1503 23 45678". */
  public static BankAccount parse(String text) {
    return new BankAccount(text == null ? null : text.replaceAll("[\\s.\\u00a0]", ""));
  }

  public static boolean isValid(String value) {
    if (value == null || !value.matches("\\d{11}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (value.charAt(i) - '0') * WEIGHTS[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return false;
    }
    int check = remainder == 0 ? 0 : 11 - remainder;
    return check == value.charAt(10) - '0';
  }

  /** As shown to people: "1503.23.45678". */
  public String formatted() {
    return value.substring(0, 4) + "." + value.substring(4, 6) + "." + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
