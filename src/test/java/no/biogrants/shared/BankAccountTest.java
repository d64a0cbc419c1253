package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountTest {

  @Test
  void acceptsAValidAccountAsPeopleWriteIt() {
    assertThat(BankAccount.parse("1234.56.78903").value()).isEqualTo("12345678903");
    assertThat(BankAccount.parse("1234 56 78903").formatted()).isEqualTo("1234.56.78903");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678904", "1234567890", "123456789012", "1234.56.7890x", ""})
  void refusesAWrongCheckDigitOrLength(String text) {
    assertThatThrownBy(() -> BankAccount.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("validation.bankAccount.invalid");
  }

  @Test
  void remainderOneCannotExist() {
    // weights 5 4 3 2 7 6 5 4 3 2: "0000000006" sums to 12, remainder 1, no check digit exists
    for (int check = 0; check <= 9; check++) {
      assertThat(BankAccount.isValid("0000000006" + check)).isFalse();
    }
  }
}
