package no.biogrants.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.identity.AccountChanged;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.PasswordPolicy;
import no.biogrants.identity.Role;
import no.biogrants.identity.TemporaryPasswords;
import no.biogrants.identity.Users;

/**
 * Makes the first national admin of an empty install (STF-S8) and says in the log lines it returns
 * what to do next. While that admin has not chosen a password, a start after the one-time password
 * ran out (24 hours) issues a new one; once any admin exists who has, nothing is done.
 */
@Stateless
@PermitAll // called at startup, before anyone logs in; it makes an admin only when none exists
@RunAs(Role.SYSTEM_ROLE)
public class FirstAdminSetup {

  static final String ACTOR = "bootstrap";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Oslo"));

  @PersistenceContext private EntityManager em;
  @Inject private Users users;
  @Inject private Clock clock;
  @Inject private Event<AccountChanged> changes;

  public List<String> ensure(Optional<String> email, Optional<String> givenToken) {
    Optional<AppUser> named = email.flatMap(users::byUsername);
    boolean pending = named.filter(AppUser::isMustChangePassword).isPresent();
    if (!pending && activeAdmins() > 0) {
      return email.isPresent()
          ? List.of("bio.bootstrap.admin is set, but an admin exists already: nothing to do")
          : List.of();
    }
    if (email.isEmpty()) {
      return List.of(
          "No admin exists. Set BIO_BOOTSTRAP_ADMIN to the first national admin's e-mail and"
              + " restart: the log then prints a one-time password (see the README)");
    }
    if (!ContactPerson.isValidEmail(email.get())) {
      return List.of("BIO_BOOTSTRAP_ADMIN is not an e-mail address: no admin was made");
    }
    if (givenToken.isPresent()
        && !PasswordPolicy.violations(email.get(), givenToken.get().toCharArray()).isEmpty()) {
      return List.of(
          "BIO_BOOTSTRAP_TOKEN breaks the password policy (at least 12 characters, not common):"
              + " no admin was made");
    }
    if (pending && !named.get().temporaryPasswordExpired(clock.instant())) {
      return List.of(
          "The first admin "
              + email.get()
              + " has not logged in yet; the one-time password printed earlier works until "
              + WHEN.format(named.get().getTemporaryPasswordUntil()));
    }
    AppUser admin =
        named.orElseGet(
            () -> {
              AppUser made =
                  users.createWithHash(email.get(), email.get(), "-", null, EnumSet.of(Role.ADMIN));
              made.setEmail(email.get());
              return made;
            });
    String token = givenToken.orElseGet(TemporaryPasswords::generate);
    Instant until = clock.instant().plus(TemporaryPasswords.BOOTSTRAP_VALID_FOR);
    admin.setTemporaryPassword(users.hash(token.toCharArray()), until);
    changes.fire(
        new AccountChanged(
            ACTOR,
            named.isPresent() ? "PASSWORD_RESET" : "FIRST_ADMIN_CREATED",
            admin.getId(),
            email.get()));
    return List.of(logLine(email.get(), givenToken.isPresent() ? null : token, until));
  }

  /** The log line that hands the one-time password over (not repeated when it came from config). */
  static String logLine(String email, String token, Instant until) {
    return "First national admin "
        + email
        + ": log in at /login.xhtml with username "
        + email
        + " and "
        + (token == null
            ? "the one-time password from BIO_BOOTSTRAP_TOKEN"
            : "the one-time password " + token)
        + " before "
        + WHEN.format(until)
        + " (Europe/Oslo), then choose your own password";
  }

  private long activeAdmins() {
    return em.createQuery(
            "SELECT COUNT(u) FROM AppUser u WHERE u.active = TRUE AND :admin MEMBER OF u.roles",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .getSingleResult();
  }
}
