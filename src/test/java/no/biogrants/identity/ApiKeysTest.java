package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aKeyIs32RandomBytesInBase64UrlWithoutPadding() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String key = ApiKeys.generate();
      assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]{43}");
      assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
      keys.add(key);
    }
    assertThat(keys).hasSize(200);
  }

  @Test
  void onlyTheSha256HashOfTheKeyIsKept() {
    ApiKey record =
        new ApiKey(7L, "demo-analyst-key", "Verktøy", Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(ApiKey.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(record.toString()).doesNotContain("demo-analyst-key");
    assertThat(new NewApiKey("secret-key", record).toString()).doesNotContain("secret-key");
  }

  @Test
  void aRevokedKeyKeepsItsFirstRevocationTime() {
    ApiKey record = new ApiKey(7L, "k", "Verktøy", Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(record.isRevoked()).isFalse();

    record.revoke(Instant.parse("2026-02-01T00:00:00Z"));
    record.revoke(Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(record.isRevoked()).isTrue();
    assertThat(record.getRevokedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
  }

  @Test
  void theLabelIsRequiredAndAtMost120Characters() {
    assertThat(ApiKeys.checkLabel("  Regnskapssystemet  ")).isEqualTo("Regnskapssystemet");
    assertThat(ApiKeys.checkLabel("x".repeat(120))).hasSize(120);
    assertThatThrownBy(() -> ApiKeys.checkLabel("   "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(FieldViolation.of("label", "apiKeys.labelRequired")));
    assertThatThrownBy(() -> ApiKeys.checkLabel(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ApiKeys.checkLabel("x".repeat(121)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.messageKey()).isEqualTo("validation.tooLong"));
  }

  @Test
  void applicantsAndAnalystsMayUseTheApiOthersNot() {
    assertThat(ApiKeys.mayUseApi(actor(Role.APPLICANT))).isTrue();
    assertThat(ApiKeys.mayUseApi(actor(Role.ANALYST))).isTrue();
    assertThat(ApiKeys.mayUseApi(actor(Role.CASEWORKER))).isFalse();
    assertThat(ApiKeys.mayUseApi(actor(Role.APPROVER))).isFalse();
    assertThat(ApiKeys.mayUseApi(actor(Role.ADMIN))).isFalse();
  }

  private static Actor actor(Role role) {
    return new Actor(1L, "u", EnumSet.of(role), null);
  }
}
