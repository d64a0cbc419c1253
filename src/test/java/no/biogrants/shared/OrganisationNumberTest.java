package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

  /**
   * The first eight digits "40000000" weigh 4 × 3 = 12, and 12 mod 11 = 1: the check digit would
   * have to be 11 − 1 = 10, so no number with these eight digits can exist, whatever the ninth.
   */
  private static final String PREFIX_WITH_REMAINDER_ONE = "40000000";

  @ParameterizedTest
  @ValueSource(strings = {"974760673", "991825827", "912660680", "981544315", "123456785"})
  void validNumbersAreAccepted(String value) {
    assertThat(OrganisationNumber.isValid(value)).isTrue();
    assertThat(new OrganisationNumber(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "12345678", "97476067A", "9747606730", "", "974 760 673"})
  void malformedOrWrongCheckDigitNumbersAreInvalid(String value) {
    assertThat(OrganisationNumber.isValid(value)).isFalse();
  }

  @Test
  void nullIsInvalid() {
    assertThat(OrganisationNumber.isValid(null)).isFalse();
  }

  @Test
  void aNumberWhoseRemainderIsOneIsInvalidWhateverTheLastDigit() {
    int sum = 0;
    int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
    for (int i = 0; i < 8; i++) {
      sum += (PREFIX_WITH_REMAINDER_ONE.charAt(i) - '0') * weights[i];
    }
    assertThat(sum % 11).as("precondition: MOD11 remainder").isEqualTo(1);

    for (int check = 0; check <= 9; check++) {
      String value = PREFIX_WITH_REMAINDER_ONE + check;
      assertThat(OrganisationNumber.isValid(value)).as(value).isFalse();
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> new OrganisationNumber(value));
      assertThat(e).as(value).isNotNull();
      assertThat(e.messageKey()).isEqualTo("validation.orgnr.invalid");
    }
  }

  @Test
  void remainderZeroMeansCheckDigitZero() {
    // "14000000" weighs 1×3 + 4×2 = 11; 11 mod 11 = 0, so the check digit is 0 (not 11).
    assertThat(OrganisationNumber.isValid("140000000")).isTrue();
    assertThat(OrganisationNumber.isValid("140000001")).isFalse();
  }

  @Test
  void otherRemaindersGiveElevenMinusRemainder() {
    // "01000000" weighs 1×2 = 2; 2 mod 11 = 2, so the check digit is 11 − 2 = 9.
    assertThat(OrganisationNumber.isValid("010000009")).isTrue();
    assertThat(OrganisationNumber.isValid("010000008")).isFalse();
  }

  @Test
  void constructorRefusesWrongCheckDigitWithMessageKey() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new OrganisationNumber("123456789"));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.orgnr.invalid");
    assertThat(e.arguments()).containsExactly("123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "97476067A"})
  void constructorRefusesMalformedNumbers(String value) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new OrganisationNumber(value));

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.orgnr.invalid");
  }

  @Test
  void parseAcceptsTheNumberWithSpaces() {
    assertThat(OrganisationNumber.parse("974 760 673"))
        .isEqualTo(new OrganisationNumber("974760673"));
    assertThat(OrganisationNumber.parse("974\u00a0760\u00a0673").value()).isEqualTo("974760673");
  }

  @Test
  void parseStillChecksTheCheckDigit() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> OrganisationNumber.parse("123 456 789"));
    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("validation.orgnr.invalid");
  }

  @Test
  void formattedGroupsInThrees() {
    assertThat(new OrganisationNumber("974760673").formatted()).isEqualTo("974 760 673");
    assertThat(new OrganisationNumber("974760673")).hasToString("974760673");
  }

  @Test
  void formattedRoundTripsThroughParse() {
    OrganisationNumber number = new OrganisationNumber("991825827");
    assertThatCode(() -> OrganisationNumber.parse(number.formatted())).doesNotThrowAnyException();
    assertThat(OrganisationNumber.parse(number.formatted())).isEqualTo(number);
  }

  @org.junit.jupiter.api.Test
  void aMissingNumberIsRefusedWithTheSameClearMessage() {
    Assertions.assertThatThrownBy(() -> new OrganisationNumber(null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).messageKey())
        .isEqualTo("validation.orgnr.invalid");
    Assertions.assertThatThrownBy(() -> OrganisationNumber.parse(null))
        .isInstanceOf(InvalidInputException.class);
  }
}
