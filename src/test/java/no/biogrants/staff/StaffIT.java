package no.biogrants.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.applicant.Company;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.PasswordChange;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.it.Deployments;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff management on Payara Micro against MariaDB, through the real services: accounts with
 * temporary passwords that are audited but never stored or logged in the clear, the last admin kept
 * even when two admins remove each other at the same moment, applicants by phone tied to their
 * registered company, the user's own password change, and the first admin of an empty install.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) before");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private Staff staff;
  @Inject private Users users;
  @Inject private PasswordChange passwordChange;
  @Inject private FirstAdminSetup firstAdminSetup;
  @Inject private AuditLog audit;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction transaction;
  @Resource private ManagedExecutorService executor;

  @Test
  void stfS5_stfS7_idI6_anAccountGetsATemporaryPasswordThatIsAuditedNeverStoredAndMustBeChanged() {
    Actor admin = nationalAdmin();
    String username = "kari." + NEXT.incrementAndGet() + "@innlandet.example";
    NewPassword made = staff.create(admin, form(username, "34", Role.CASEWORKER, Role.APPROVER));

    AppUser kari = users.byUsername(username).orElseThrow();
    assertThat(kari.getRoles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.APPROVER);
    assertThat(kari.getCountyCode()).isEqualTo("34");
    assertThat(kari.isMustChangePassword()).isTrue();
    assertThat(kari.getPasswordHash()).doesNotContain(made.password());
    assertThat(users.verify(kari, made.password().toCharArray())).isTrue();

    NewPassword reset = staff.resetPassword(admin, kari.getId(), kari.getVersion());
    kari = users.byUsername(username).orElseThrow();
    assertThat(users.verify(kari, made.password().toCharArray())).isFalse();
    assertThat(users.verify(kari, reset.password().toCharArray())).isTrue();

    Actor self = Actor.of(kari);
    assertThatThrownBy(
            () ->
                passwordChange.change(
                    self, "feil".toCharArray(), "kort".toCharArray(), "annet".toCharArray()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field, FieldViolation::messageKey)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            "currentPassword", "password.currentWrong"),
                        org.assertj.core.groups.Tuple.tuple("password", "password.tooShort"),
                        org.assertj.core.groups.Tuple.tuple(
                            "repeatPassword", "password.repeatDiffers")));
    char[] chosen = "Fjellet er blått om morgenen".toCharArray();
    passwordChange.change(self, reset.password().toCharArray(), chosen, chosen);
    kari = users.byUsername(username).orElseThrow();
    assertThat(kari.isMustChangePassword()).isFalse();
    assertThat(kari.getTemporaryPasswordUntil()).isNull();
    assertThat(users.verify(kari, chosen)).isTrue();

    staff.setActive(admin, kari.getId(), kari.getVersion(), false);
    assertThat(users.byUsername(username).orElseThrow().isActive()).isFalse();

    List<AuditEvent> trail = audit.forEntity("AppUser", kari.getId());
    assertThat(trail)
        .extracting(AuditEvent::getAction)
        .containsExactly("USER_CREATED", "PASSWORD_RESET", "PASSWORD_CHANGED", "USER_DEACTIVATED");
    assertThat(trail)
        .extracting(AuditEvent::getActor)
        .containsExactly("admin", "admin", username, "admin");
    assertThat(trail)
        .allSatisfy(
            e -> assertThat(e.getDetails()).doesNotContain(made.password(), reset.password()));
    assertThat(trail.get(0).getDetails()).contains("APPROVER, CASEWORKER, 34");
  }

  @Test
  void stfS3_twoCountyAdminsRemovingEachOtherAtTheSameMomentLeaveOneAdmin() throws Exception {
    Actor national = nationalAdmin();
    AppUser first =
        made(staff.create(national, form("fa." + NEXT.incrementAndGet(), "56", Role.ADMIN)));
    AppUser second =
        made(staff.create(national, form("fb." + NEXT.incrementAndGet(), "56", Role.ADMIN)));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AppUser>> results = new ArrayList<>();
    for (AppUser[] pair : new AppUser[][] {{first, second}, {second, first}}) {
      Callable<AppUser> deactivate =
          () -> {
            start.await();
            return staff.setActive(Actor.of(pair[0]), pair[1].getId(), pair[1].getVersion(), false);
          };
      results.add(executor.submit(deactivate));
    }
    start.countDown();
    int done = 0;
    List<String> refusals = new ArrayList<>();
    for (Future<AppUser> result : results) {
      try {
        result.get(60, TimeUnit.SECONDS);
        done++;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        while (!(cause instanceof BusinessException) && cause.getCause() != null) {
          cause = cause.getCause();
        }
        refusals.add(((BusinessException) cause).messageKey());
      }
    }
    assertThat(done).isEqualTo(1);
    assertThat(refusals).containsExactly("staff.lastAdmin.county");
    long activeAdmins =
        staff.managedBy(national).stream()
            .filter(
                u ->
                    "56".equals(u.getCountyCode())
                        && u.isActive()
                        && u.getRoles().contains(Role.ADMIN))
            .count();
    assertThat(activeAdmins).isEqualTo(1);

    AppUser remaining =
        users
            .byUsername(
                users.byId(first.getId()).orElseThrow().isActive()
                    ? first.getUsername()
                    : second.getUsername())
            .orElseThrow();
    assertThatThrownBy(
            () ->
                staff.update(
                    national,
                    remaining.getId(),
                    remaining.getVersion(),
                    form(remaining.getUsername(), "56", Role.CASEWORKER)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("staff.lastAdmin.county"));
    assertThatThrownBy(
            () ->
                staff.setActive(
                    Actor.of(remaining), remaining.getId(), remaining.getVersion(), false))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.messageKey()).isEqualTo("staff.deactivate.self"));
  }

  @Test
  void stfS1_aCountyAdminSeesAndChangesOnlyTheCountysAccounts() {
    Actor countyAdmin =
        Actor.of(
            made(
                staff.create(
                    nationalAdmin(), form("adm." + NEXT.incrementAndGet(), "34", Role.ADMIN))));
    assertThat(staff.managedBy(countyAdmin))
        .extracting(AppUser::getUsername)
        .contains("saksbehandler", "leder", "analytiker.34")
        .doesNotContain("saksbehandler.03", "admin", "soker");
    AppUser oslo = users.byUsername("saksbehandler.03").orElseThrow();
    assertThatThrownBy(() -> staff.resetPassword(countyAdmin, oslo.getId(), oslo.getVersion()))
        .isInstanceOf(no.biogrants.shared.AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                staff.create(
                    countyAdmin, form("x." + NEXT.incrementAndGet(), "03", Role.CASEWORKER)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::messageKey)
                    .containsExactly("staff.county.own"));
  }

  @Test
  void stfS6_anApplicantByPhoneRepresentsTheRegisteredCompanyOfTheCounty() {
    Actor countyAdmin =
        Actor.of(
            made(
                staff.create(
                    nationalAdmin(), form("adm." + NEXT.incrementAndGet(), "34", Role.ADMIN))));
    Company innlandet = firstCompanyIn("34");
    Company oslo = firstCompanyIn("03");
    String username = "per." + NEXT.incrementAndGet() + "@firma.example";

    NewPassword made =
        staff.create(countyAdmin, applicant(username, innlandet.getOrgNumber().formatted()));

    assertThat(em.find(Company.class, innlandet.getId()).isRepresentedBy(made.userId())).isTrue();
    AppUser per = users.byId(made.userId()).orElseThrow();
    assertThat(per.getRoles()).containsExactly(Role.APPLICANT);
    assertThat(per.getCountyCode()).isNull();
    assertThat(staff.managedBy(countyAdmin)).extracting(AppUser::getUsername).contains(username);
    assertThatThrownBy(
            () ->
                staff.create(
                    countyAdmin,
                    applicant("o." + NEXT.incrementAndGet(), oslo.getOrgNumber().value())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::messageKey)
                    .containsExactly("staff.orgNumber.otherCounty"));
    assertThatThrownBy(() -> staff.create(countyAdmin, applicant(username, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::messageKey)
                    .containsExactly("staff.username.taken"));
  }

  @Test
  void stfS8_anEmptyInstallGetsItsFirstNationalAdminWithAOneTimePasswordFromTheLog()
      throws Exception {
    assertThat(firstAdminSetup.ensure(Optional.of("forste@fylke.example"), Optional.empty()))
        .containsExactly("bio.bootstrap.admin is set, but an admin exists already: nothing to do");
    transaction.begin();
    try {
      em.createQuery("UPDATE AppUser u SET u.active = FALSE WHERE u.active = TRUE").executeUpdate();
      em.clear();
      assertThat(firstAdminSetup.ensure(Optional.empty(), Optional.empty()))
          .singleElement()
          .asString()
          .contains("No admin exists", "BIO_BOOTSTRAP_ADMIN");

      List<String> log =
          firstAdminSetup.ensure(Optional.of("forste@fylke.example"), Optional.empty());

      Matcher token = ONE_TIME.matcher(log.get(0));
      assertThat(token.find()).as(log.get(0)).isTrue();
      AppUser first = users.byUsername("forste@fylke.example").orElseThrow();
      assertThat(first.getRoles()).containsExactly(Role.ADMIN);
      assertThat(first.getCountyCode()).isNull();
      assertThat(first.isMustChangePassword()).isTrue();
      assertThat(users.verify(first, token.group(1).toCharArray())).isTrue();
      assertThat(firstAdminSetup.ensure(Optional.of("forste@fylke.example"), Optional.empty()))
          .singleElement()
          .asString()
          .contains("has not logged in yet");
      assertThat(audit.forEntity("AppUser", first.getId()))
          .extracting(AuditEvent::getAction)
          .containsExactly("FIRST_ADMIN_CREATED");
    } finally {
      transaction.rollback();
    }
    assertThat(users.byUsername("forste@fylke.example")).isEmpty();
  }

  private Actor nationalAdmin() {
    return Actor.of(users.byUsername("admin").orElseThrow());
  }

  private AppUser made(NewPassword password) {
    return users.byId(password.userId()).orElseThrow();
  }

  private Company firstCompanyIn(String county) {
    return em.createQuery(
            "SELECT c FROM Company c WHERE c.countyCode = :county ORDER BY c.id", Company.class)
        .setParameter("county", county)
        .setMaxResults(1)
        .getSingleResult();
  }

  private static StaffForm form(String username, String county, Role... roles) {
    return new StaffForm(
        username,
        "Kari Nordmann",
        "kari.nordmann@innlandet.example",
        county,
        EnumSet.copyOf(List.of(roles)),
        null);
  }

  private static StaffForm applicant(String username, String orgNumber) {
    return new StaffForm(
        username, "Per Persen", "per@firma.example", null, EnumSet.of(Role.APPLICANT), orgNumber);
  }
}
