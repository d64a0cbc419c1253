package no.biogrants.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;

/**
 * A user's own API keys: made, listed and revoked by the user, for the parts of the REST API their
 * roles reach (applicants: their applications; analysts: the budget lines). A key is 32 random
 * bytes from {@link SecureRandom}, base64url without padding (43 characters); only its SHA-256 hash
 * is stored, so it is shown once, when it is made. A revoked key stops working at once. Nobody
 * sees, makes or revokes another user's keys. Every key made and revoked is audited (an {@link
 * ApiKeyChanged} event the audit trail records).
 */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class ApiKeys {

  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Event<ApiKeyChanged> changes;

  /** Users with these roles have an API to use, so they may make keys. */
  public static boolean mayUseApi(Actor actor) {
    return actor.has(Role.APPLICANT) || actor.has(Role.ANALYST);
  }

  public NewApiKey create(Actor actor, String label) {
    AccessDeniedException.unless(mayUseApi(actor));
    String cleaned = checkLabel(label);
    String key = generate();
    ApiKey record = new ApiKey(actor.userId(), key, cleaned, clock.instant());
    em.persist(record);
    em.flush();
    changes.fire(new ApiKeyChanged(actor.username(), "API_KEY_CREATED", record.getId(), cleaned));
    return new NewApiKey(key, record);
  }

  /** The actor's keys, newest first, revoked ones too (never the keys themselves). */
  public List<ApiKey> mine(Actor actor) {
    return em.createNamedQuery("ApiKey.ofUser", ApiKey.class)
        .setParameter("userId", actor.userId())
        .getResultList();
  }

  public ApiKey revoke(Actor actor, Long keyId) {
    ApiKey key =
        keyId == null ? null : em.find(ApiKey.class, keyId, LockModeType.PESSIMISTIC_WRITE);
    AccessDeniedException.unless(key != null && key.getUserId().equals(actor.userId()));
    if (key.isRevoked()) {
      throw new BusinessException("apiKeys.alreadyRevoked");
    }
    key.revoke(clock.instant());
    changes.fire(
        new ApiKeyChanged(actor.username(), "API_KEY_REVOKED", key.getId(), key.getLabel()));
    return key;
  }

  /** A new key: 32 random bytes, base64url without padding. */
  static String generate() {
    byte[] bytes = new byte[KEY_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The label stripped; refused when blank or longer than {@link ApiKey#LABEL_MAXLENGTH}. */
  static String checkLabel(String label) {
    String cleaned = label == null ? "" : label.strip();
    if (cleaned.isEmpty()) {
      throw new InvalidInputException(List.of(FieldViolation.of("label", "apiKeys.labelRequired")));
    }
    if (cleaned.length() > ApiKey.LABEL_MAXLENGTH) {
      throw new InvalidInputException(
          List.of(FieldViolation.of("label", "validation.tooLong", ApiKey.LABEL_MAXLENGTH)));
    }
    return cleaned;
  }
}
