package no.biogrants.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The user register: finds users and creates them with PBKDF2-hashed passwords. */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Users {

  /** PBKDF2 parameters (OWASP 2023 recommendation for HMAC-SHA256). */
  static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  /** A hash no user has, for {@link #verifyNobody}; made once per bean instance. */
  private String nobodysHash;

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private Clock clock;

  public List<AppUser> all() {
    return em.createQuery(
            "SELECT u FROM AppUser u ORDER BY u.countyCode, u.username", AppUser.class)
        .getResultList();
  }

  @PermitAll // logging in: nobody is authenticated yet
  public Optional<AppUser> byUsername(String username) {
    return em.createNamedQuery("AppUser.byUsername", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The users with these ids, by username (unknown ids are left out). */
  public List<AppUser> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM AppUser u WHERE u.id IN :ids ORDER BY u.username", AppUser.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Creates a user whose password keeps the {@link PasswordPolicy} (refused otherwise). */
  public AppUser create(
      String username, String displayName, char[] password, String countyCode, Set<Role> roles) {
    PasswordPolicy.check(username, password);
    return createWithHash(username, displayName, hash(password), countyCode, roles);
  }

  /** A PBKDF2 hash of the password, in the format {@link #verify} reads. */
  public String hash(char[] password) {
    passwordHash.initialize(HASH_PARAMETERS);
    return passwordHash.generate(password);
  }

  /** Creates a user with an already computed hash (demo data shares one hash between its users). */
  public AppUser createWithHash(
      String username, String displayName, String hash, String countyCode, Set<Role> roles) {
    AppUser user = new AppUser(username, displayName, hash, countyCode, roles, clock.instant());
    em.persist(user);
    em.flush();
    return user;
  }

  /** How many active accounts the county has (null: every county and the national ones). */
  public long activeCount(String countyCode) {
    if (countyCode == null) {
      return em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.active = TRUE", Long.class)
          .getSingleResult();
    }
    return em.createQuery(
            "SELECT COUNT(u) FROM AppUser u WHERE u.active = TRUE AND u.countyCode = :county",
            Long.class)
        .setParameter("county", countyCode)
        .getSingleResult();
  }

  /** The user with this id, if any. */
  public Optional<AppUser> byId(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  /**
   * Gives the user a new {@link TemporaryPasswords temporary password}, valid for {@code validFor}
   * and to be changed at the next login (rule ID-I6), and returns it: it is stored only as a hash,
   * so this is the one time anyone sees it.
   */
  public String issueTemporaryPassword(AppUser user, Duration validFor) {
    String password = TemporaryPasswords.generate();
    user.setTemporaryPassword(hash(password.toCharArray()), clock.instant().plus(validFor));
    return password;
  }

  /** The active user a valid, unrevoked API key belongs to. */
  @PermitAll // logging in: nobody is authenticated yet
  public Optional<AppUser> byApiKey(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      return Optional.empty();
    }
    return em.createNamedQuery("ApiKey.byHash", ApiKey.class)
        .setParameter("hash", ApiKey.hash(key))
        .getResultStream()
        .findFirst()
        .map(k -> em.find(AppUser.class, k.getUserId()))
        .filter(AppUser::isActive);
  }

  /** Gives the user an API key (the key itself is not stored). */
  public void addApiKey(AppUser user, String key, String label) {
    em.persist(new ApiKey(user.getId(), key, label, clock.instant()));
  }

  /** True when the password matches the user's stored hash. */
  @PermitAll // logging in: nobody is authenticated yet
  public boolean verify(AppUser user, char[] password) {
    passwordHash.initialize(HASH_PARAMETERS);
    return passwordHash.verify(password, user.getPasswordHash());
  }

  /**
   * True when this is the user's right temporary password but its time has run out: the login page
   * then says so instead of "wrong password" (only someone who knows the password learns it).
   */
  @PermitAll // logging in: nobody is authenticated yet
  public boolean temporaryPasswordExpired(String username, char[] password) {
    return byUsername(username)
        .filter(u -> u.isActive() && u.temporaryPasswordExpired(clock.instant()))
        .map(u -> verify(u, password))
        .orElse(false);
  }

  /**
   * Spends the time of a password check for a username that does not exist (or is inactive), so the
   * answer's timing does not tell whether the user exists. Always false.
   */
  @PermitAll // logging in: nobody is authenticated yet
  public boolean verifyNobody(char[] password) {
    passwordHash.initialize(HASH_PARAMETERS);
    if (nobodysHash == null) {
      nobodysHash = passwordHash.generate("no user has this password".toCharArray());
    }
    passwordHash.verify(password, nobodysHash);
    return false;
  }
}
