package no.biogrants.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.biogrants.applicant.Company;
import no.biogrants.identity.AccountChanged;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.identity.TemporaryPasswords;
import no.biogrants.identity.Users;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.OrganisationNumber;

/**
 * Admins manage accounts (rules STF-S1 to STF-S7, see the package): list, make, edit, deactivate
 * and reactivate, and reset a password. Each change is audited ({@link AccountChanged}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class Staff {

  @PersistenceContext private EntityManager em;
  @Inject private Users users;
  @Inject private Event<AccountChanged> changes;

  /** The accounts the admin manages: staff first, by county and username. */
  public List<AppUser> managedBy(Actor admin) {
    return users.all().stream().filter(u -> StaffRules.manages(admin, u)).toList();
  }

  public AppUser account(Actor admin, long userId) {
    return users
        .byId(userId)
        .filter(u -> StaffRules.manages(admin, u))
        .orElseThrow(AccessDeniedException::new);
  }

  /** Makes the account with a temporary password (STF-S5), returned to be shown once. */
  public NewPassword create(Actor admin, StaffForm form) {
    requireAdmin(admin);
    List<FieldViolation> violations = new ArrayList<>(StaffRules.violations(admin, form, true));
    if (form.username() != null && users.byUsername(form.username()).isPresent()) {
      violations.add(FieldViolation.of("username", "staff.username.taken", form.username()));
    }
    Company company = companyFor(admin, form, violations);
    InvalidInputException.throwIfAny(violations);
    String county = form.isApplicant() ? null : form.countyCode();
    AppUser user =
        users.createWithHash(form.username(), form.displayName(), "-", county, form.roles());
    user.setEmail(form.email());
    if (form.isApplicant()) {
      user.setCreatedByCounty(admin.countyCode());
    }
    String password = users.issueTemporaryPassword(user, TemporaryPasswords.VALID_FOR);
    if (company != null) {
      company.addUser(user.getId());
    }
    fire(
        admin,
        "USER_CREATED",
        user,
        describe(user) + (company == null ? "" : ", " + company.getOrgNumber().value()));
    return new NewPassword(
        user.getId(), user.getUsername(), password, user.getTemporaryPasswordUntil());
  }

  /** Changes name, e-mail and roles; never takes the last admin away (STF-S3). */
  public AppUser update(Actor admin, long userId, long expectedVersion, StaffForm form) {
    AppUser user = lockedAccount(admin, userId, expectedVersion);
    StaffForm checked =
        new StaffForm(
            user.getUsername(),
            form.displayName(),
            form.email(),
            user.getCountyCode(),
            form.roles(),
            null);
    InvalidInputException.throwIfAny(StaffRules.violations(admin, checked, false));
    if (user.getRoles().contains(Role.APPLICANT) != checked.isApplicant()) {
      throw new InvalidInputException(
          List.of(FieldViolation.of("roles", "staff.roles.applicantAlone")));
    }
    if (user.getRoles().contains(Role.ADMIN) && !checked.roles().contains(Role.ADMIN)) {
      requireAnotherAdmin(user);
    }
    String before = describe(user);
    user.edit(checked.displayName(), checked.email(), checked.roles());
    fire(admin, "USER_UPDATED", user, before + " → " + describe(user));
    return user;
  }

  /** Deactivates (no login, open sessions end) or reactivates the account. */
  public AppUser setActive(Actor admin, long userId, long expectedVersion, boolean active) {
    AppUser user = lockedAccount(admin, userId, expectedVersion);
    if (user.isActive() == active) {
      return user;
    }
    if (!active) {
      if (user.getId().equals(admin.userId())) {
        throw new BusinessException("staff.deactivate.self");
      }
      if (user.getRoles().contains(Role.ADMIN)) {
        requireAnotherAdmin(user);
      }
    }
    user.setActive(active);
    fire(admin, active ? "USER_REACTIVATED" : "USER_DEACTIVATED", user, describe(user));
    return user;
  }

  /** A new temporary password for the account (STF-S5); the old password stops working. */
  public NewPassword resetPassword(Actor admin, long userId, long expectedVersion) {
    AppUser user = lockedAccount(admin, userId, expectedVersion);
    if (!user.isActive()) {
      throw new BusinessException("staff.resetPassword.inactive");
    }
    String password = users.issueTemporaryPassword(user, TemporaryPasswords.VALID_FOR);
    fire(admin, "PASSWORD_RESET", user, user.getUsername());
    return new NewPassword(
        user.getId(), user.getUsername(), password, user.getTemporaryPasswordUntil());
  }

  /**
   * The account, locked for the change. When it is an admin, every admin of its scope (its county,
   * or national) is locked first, in id order, so two admins removing each other at once are done
   * one after the other and the second sees the first (STF-S3).
   */
  private AppUser lockedAccount(Actor admin, long userId, long expectedVersion) {
    requireAdmin(admin);
    AppUser user = account(admin, userId);
    if (user.getRoles().contains(Role.ADMIN)) {
      adminsOfScope(user.getCountyCode());
    }
    user = em.find(AppUser.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(user);
    if (user.getVersion() != expectedVersion) {
      throw new BusinessException("staff.conflict");
    }
    return user;
  }

  private List<AppUser> adminsOfScope(String county) {
    String scope = county == null ? "u.countyCode IS NULL" : "u.countyCode = :county";
    var query =
        em.createQuery(
                "SELECT u FROM AppUser u WHERE "
                    + scope
                    + " AND :admin MEMBER OF u.roles ORDER BY u.id",
                AppUser.class)
            .setParameter("admin", Role.ADMIN)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (county != null) {
      query.setParameter("county", county);
    }
    return query.getResultList();
  }

  /** STF-S3: some other active admin of the same scope (the county, or national) remains. */
  private void requireAnotherAdmin(AppUser leaving) {
    boolean another =
        adminsOfScope(leaving.getCountyCode()).stream()
            .anyMatch(u -> u.isActive() && !u.getId().equals(leaving.getId()));
    if (!another) {
      throw new BusinessException(
          leaving.getCountyCode() == null ? "staff.lastAdmin.national" : "staff.lastAdmin.county",
          leaving.getCountyCode());
    }
  }

  /**
   * STF-S6: the registered company an applicant's account will represent, of the admin's county.
   */
  private Company companyFor(Actor admin, StaffForm form, List<FieldViolation> violations) {
    OrganisationNumber number =
        form.isApplicant() ? OrganisationNumber.tryParse(form.orgNumber()).orElse(null) : null;
    if (number == null) {
      return null; // none given, or refused by StaffRules
    }
    Company company =
        em.createNamedQuery("Company.byOrgNumber", Company.class)
            .setParameter("orgNumber", number)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (company == null) {
      violations.add(
          FieldViolation.of("orgNumber", "staff.orgNumber.notRegistered", number.formatted()));
    } else if (!admin.worksIn(company.getCountyCode())) {
      violations.add(
          FieldViolation.of("orgNumber", "staff.orgNumber.otherCounty", number.formatted()));
    }
    return violations.isEmpty() ? company : null;
  }

  private static void requireAdmin(Actor admin) {
    if (!admin.has(Role.ADMIN)) {
      throw new AccessDeniedException();
    }
  }

  private static String describe(AppUser user) {
    Set<String> roles = new TreeSet<>();
    user.getRoles().forEach(r -> roles.add(r.name()));
    return user.getUsername()
        + " ("
        + String.join(", ", roles)
        + (user.getCountyCode() == null ? "" : ", " + user.getCountyCode())
        + ")";
  }

  private void fire(Actor admin, String action, AppUser user, String details) {
    changes.fire(new AccountChanged(admin.username(), action, user.getId(), details));
  }
}
