package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

  @Test
  void idI6_aTemporaryPasswordIsFourGroupsOfFourCharactersThatCannotBeMistakenAndKeepsThePolicy() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = TemporaryPasswords.generate();
      assertThat(password).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
      assertThat(password).doesNotContain("0", "1", "o", "l", "i");
      assertThat(PasswordPolicy.violations("kari.nordmann", password.toCharArray())).isEmpty();
      seen.add(password);
    }
    assertThat(seen).hasSize(200);
  }
}
