package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The password policy: 12 characters or more, not the username, not a common password. */
class PasswordPolicyTest {

  @Test
  void aLongUncommonPasswordIsAccepted() {
    assertThat(PasswordPolicy.violations("soker", "hemmelig-passord".toCharArray())).isEmpty();
    assertThat(PasswordPolicy.violations("soker", "fjord båt hytte".toCharArray())).isEmpty();
  }

  @Test
  void idI3_elevenCharactersAreTooFewTwelveAreEnough() {
    assertThat(PasswordPolicy.violations("soker", "abcdefghij1".toCharArray()))
        .extracting(FieldViolation::messageKey)
        .containsExactly("password.tooShort");
    assertThat(PasswordPolicy.violations("soker", "abcdefghij12".toCharArray())).isEmpty();
  }

  @Test
  void charactersAreCountedNotBytes() {
    assertThat(PasswordPolicy.violations("soker", "ææææøøøøåååå".toCharArray())).isEmpty();
  }

  @Test
  void idI3_theUsernameIsNotAPasswordWhateverItsCase() {
    assertThat(PasswordPolicy.violations("saksbehandler.03", "Saksbehandler.03".toCharArray()))
        .extracting(FieldViolation::messageKey)
        .containsExactly("password.sameAsUsername");
  }

  @Test
  void idI3_commonPasswordsAreRefusedWhateverTheirCase() {
    assertThat(PasswordPolicy.violations("soker", "Passord12345".toCharArray()))
        .extracting(FieldViolation::messageKey)
        .containsExactly("password.tooCommon");
    assertThat(PasswordPolicy.COMMON)
        .allSatisfy(p -> assertThat(p.length()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceOnThePasswordField() {
    assertThatThrownBy(() -> PasswordPolicy.check("demo", "demo".toCharArray()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((BusinessException) e).violations())
                    .extracting(FieldViolation::field, FieldViolation::messageKey)
                    .containsExactly(
                        Tuple.tuple("password", "password.tooShort"),
                        Tuple.tuple("password", "password.sameAsUsername")));
  }

  @Test
  void idI3_anEmptyOrOverlongPasswordIsRefused() {
    assertThat(PasswordPolicy.violations("soker", null))
        .extracting(FieldViolation::messageKey)
        .containsExactly("password.tooShort");
    assertThat(PasswordPolicy.violations("soker", "x".repeat(201).toCharArray()))
        .extracting(FieldViolation::messageKey)
        .containsExactly("password.tooLong");
  }
}
