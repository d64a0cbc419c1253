package no.biogrants.applicant;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.OrganisationNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The company register on Payara Micro against MariaDB, through the real service: registering makes
 * the user the first representative and derives the county; every broken rule is named per field
 * and nothing is saved; an org number registers once; representatives are added by username and
 * never all removed; another user's company is refused; a stale version saves nothing; every change
 * is audited with before and after.
 */
@ExtendWith(ArquillianExtension.class)
class CompanyProfileIT {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CompanyRegistry registry;
  @Inject private Companies companies;
  @Inject private Users users;
  @Inject private AuditLog audit;

  @Test
  void
      compC1_compC3_compC9_registeringMakesTheUserItsFirstRepresentativeAndTheMunicipalityGivesTheCounty() {
    Actor applicant = newApplicant();
    String orgNumber = freshOrgNumber();

    Company company =
        registry.register(
            applicant,
            orgNumber.substring(0, 3)
                + " "
                + orgNumber.substring(3, 6)
                + " "
                + orgNumber.substring(6),
            profile("3401", "Kongsvinger", null));

    assertThat(company.getOrgNumber().value()).isEqualTo(orgNumber);
    assertThat(company.getCountyCode()).isEqualTo("34");
    assertThat(company.getMunicipalityNumber()).isEqualTo("3401");
    assertThat(company.getLegalForm()).isEqualTo("AS");
    assertThat(registry.mine(applicant))
        .extracting(Company::getId)
        .containsExactly(company.getId());
    assertThat(registry.representatives(applicant, company.getId()))
        .extracting(Representative::username)
        .containsExactly(applicant.username());
    Company stored = registry.profile(applicant, company.getId());
    assertThat(stored.getContacts())
        .extracting(ContactPerson::getEmail)
        .containsExactly("kari@firma.example", "ola@firma.example");
    assertThat(stored.flags()).containsExactly(ProfileFlag.BANK_ACCOUNT_MISSING);
    assertThat(audit.forEntity("Company", company.getId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo("COMPANY_REGISTERED");
              assertThat(e.getActor()).isEqualTo(applicant.username());
              assertThat(e.getDetails())
                  .contains("municipality=3401 Kongsvinger", "county=34", "contacts=2 (");
              // The contact persons are personal data: the audit trail, which is never changed,
              // does not name them.
              assertThat(e.getDetails()).doesNotContain("Kari Nordmann", "kari@firma.example");
            });
  }

  @Test
  void ctyR1_ctyR2_theRegisterOfTodayDecidesTheCountyAndAnEndedNumberIsToldItsSuccessor() {
    Actor applicant = newApplicant();

    Company drammen =
        registry.register(applicant, freshOrgNumber(), profile("3301", "Drammen", null));
    Company tromso =
        registry.register(applicant, freshOrgNumber(), profile("5501", "Tromsø", null));

    assertThat(drammen.getCountyCode()).isEqualTo("33");
    assertThat(tromso.getCountyCode()).isEqualTo("55");
    assertThatThrownBy(
            () -> registry.register(applicant, freshOrgNumber(), profile("3005", "Drammen", null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.field()).isEqualTo("municipalityNumber");
                          assertThat(v.messageKey()).isEqualTo("company.municipality.ended");
                          assertThat(v.arguments())
                              .containsExactly("3005", "Drammen", "2023", "3301 Drammen");
                        }));
    assertThat(registry.mine(applicant)).hasSize(2);
  }

  @Test
  void compC1_compC3_compC6_everyBrokenRuleIsNamedPerFieldAndNothingIsSaved() {
    Actor applicant = newApplicant();
    CompanyProfile bad =
        new CompanyProfile(
            "", LegalForm.AS, "2511", 7, "9901", "Ingensteds", "1234.56.78904", List.of());

    assertThatThrownBy(() -> registry.register(applicant, "123456789", bad))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(p -> p.field() + "=" + p.messageKey())
                    .containsExactlyInAnyOrder(
                        "orgNumber=validation.orgnr.invalid",
                        "name=company.name.required",
                        "naceCode=company.nace.invalid",
                        "municipalityNumber=company.municipality.unknown",
                        "bankAccount=validation.bankAccount.invalid",
                        "contactList=company.contacts.required"));
    assertThat(registry.mine(applicant)).isEmpty();
  }

  @Test
  void compC2_anOrganisationNumberIsRegisteredOnce() {
    String orgNumber = freshOrgNumber();
    Actor first = newApplicant();
    registry.register(first, orgNumber, profile("0301", "Oslo", null));

    Actor second = newApplicant();
    assertThatThrownBy(() -> registry.register(second, orgNumber, profile("0301", "Oslo", null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("orgNumber");
                          assertThat(p.messageKey()).isEqualTo("company.orgNumber.taken");
                        }));
    assertThat(registry.mine(second)).isEmpty();
  }

  @Test
  void compC9_aRepresentativeAddsAndRemovesOthersButNeverTheLast() {
    Actor owner = newApplicant();
    Actor colleague = newApplicant();
    Company company = registry.register(owner, freshOrgNumber(), profile("4601", "Bergen", null));
    Long id = company.getId();

    assertRefused(
        () -> registry.addRepresentative(owner, id, version(owner, id), "finnes-ikke"),
        "company.representative.unknown");
    assertRefused(
        () -> registry.addRepresentative(owner, id, version(owner, id), "saksbehandler"),
        "company.representative.unknown");
    registry.addRepresentative(owner, id, version(owner, id), colleague.username());
    assertRefused(
        () -> registry.addRepresentative(owner, id, version(owner, id), colleague.username()),
        "company.representative.already");

    assertThat(registry.mine(colleague)).extracting(Company::getId).containsExactly(id);
    assertThat(registry.representatives(colleague, id))
        .extracting(Representative::username)
        .containsExactlyInAnyOrder(owner.username(), colleague.username());

    registry.removeRepresentative(colleague, id, version(colleague, id), owner.userId());
    assertThat(registry.mine(owner)).isEmpty();
    assertThatThrownBy(() -> registry.profile(owner, id)).isInstanceOf(AccessDeniedException.class);
    assertRefused(
        () ->
            registry.removeRepresentative(
                colleague, id, version(colleague, id), colleague.userId()),
        "company.representative.last");
    assertThat(registry.representatives(colleague, id))
        .extracting(Representative::username)
        .containsExactly(colleague.username());
    assertThat(audit.forEntity("Company", id))
        .extracting(AuditEvent::getAction)
        .containsExactly("COMPANY_REGISTERED", "REPRESENTATIVE_ADDED", "REPRESENTATIVE_REMOVED");
  }

  @Test
  void compC10_privG2_anotherUsersCompanyIsNeitherSeenNorChanged() {
    Actor owner = newApplicant();
    Company company =
        registry.register(owner, freshOrgNumber(), profile("5001", "Trondheim", null));
    Long id = company.getId();
    long version = company.getVersion();

    for (Actor stranger :
        List.of(newApplicant(), actor("soker"), actor("saksbehandler"), actor("admin"))) {
      assertThatThrownBy(() -> registry.profile(stranger, id))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> registry.representatives(stranger, id))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> registry.update(stranger, id, version, profile("5001", "Trondheim", null)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> registry.addRepresentative(stranger, id, version, stranger.username()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> registry.removeRepresentative(stranger, id, version, owner.userId()))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(
            () ->
                registry.register(
                    actor("saksbehandler"), freshOrgNumber(), profile("5001", "Trondheim", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> registry.profile(owner, -1L))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(registry.representatives(owner, id))
        .extracting(Representative::username)
        .containsExactly(owner.username());
  }

  @Test
  void compC11_aSaveFromAStalePageIsRefusedAndChangesNothing() {
    Actor owner = newApplicant();
    Company company =
        registry.register(owner, freshOrgNumber(), profile("3401", "Kongsvinger", null));
    Long id = company.getId();
    long loaded = version(owner, id);

    registry.update(owner, id, loaded, profile("3407", "Gjøvik", "1234.56.78903"));
    long now = version(owner, id);
    assertThat(now).isGreaterThan(loaded);

    assertRefused(
        () -> registry.update(owner, id, loaded, profile("0301", "Oslo", null)),
        "company.conflict");
    assertRefused(() -> registry.addRepresentative(owner, id, loaded, "soker"), "company.conflict");
    Company stored = registry.profile(owner, id);
    assertThat(stored.getCountyCode()).isEqualTo("34");
    assertThat(stored.getMunicipalityName()).isEqualTo("Gjøvik");
    assertThat(stored.getVersion()).isEqualTo(now);
    assertThat(audit.forEntity("Company", id))
        .filteredOn(e -> e.getAction().equals("COMPANY_UPDATED"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetails())
                    .contains(
                        "municipality: 3401 Kongsvinger → 3407 Gjøvik",
                        "bankAccount: - → 1234.56.78903")
                    .doesNotContain("name:"));
  }

  @Test
  void compC8_compC11_aBankAccountOnceGivenIsKeptAndAnUnchangedSaveIsNotAudited() {
    Actor owner = newApplicant();
    Company company =
        registry.register(owner, freshOrgNumber(), profile("1103", "Stavanger", "1503.23.45678"));
    Long id = company.getId();
    long registered = version(owner, id);

    registry.update(owner, id, registered, profile("1103", "Stavanger", "1503 23 45678"));
    assertThat(version(owner, id)).isEqualTo(registered);
    assertThat(audit.forEntity("Company", id))
        .extracting(AuditEvent::getAction)
        .containsExactly("COMPANY_REGISTERED");

    assertThatThrownBy(
            () -> registry.update(owner, id, registered, profile("1103", "Stavanger", null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(FieldViolation::messageKey)
                    .containsExactly("company.bankAccount.cannotRemove"));
    registry.update(owner, id, registered, profile("1103", "Stavanger", "12345678903"));
    assertThat(registry.profile(owner, id).bankAccount().orElseThrow().value())
        .isEqualTo("12345678903");
    assertThat(audit.forEntity("Company", id))
        .extracting(AuditEvent::getDetails)
        .last()
        .isEqualTo("bankAccount: 1503.23.45678 → 1234.56.78903");
  }

  @Test
  void theDemoCompaniesHaveAMunicipalityAContactAndABankAccount() {
    List<Company> demo = companies.forUser(actor("soker").userId());
    assertThat(demo)
        .hasSize(2)
        .allSatisfy(
            c -> {
              assertThat(c.getMunicipalityNumber()).startsWith(c.getCountyCode());
              assertThat(c.getContacts()).isNotEmpty();
              assertThat(c.bankAccount()).isPresent();
              assertThat(c.flags()).isEmpty();
            });
    assertThat(companies.forUser(actor("soker.ny").userId())).isEmpty();
  }

  private static CompanyProfile profile(
      String municipalityNumber, String municipalityName, String bankAccount) {
    return new CompanyProfile(
        "Testbedrift AS",
        LegalForm.AS,
        "25.110",
        25,
        municipalityNumber,
        municipalityName,
        bankAccount,
        List.of(
            new ContactPerson("Kari Nordmann", "kari@firma.example", "912 34 567"),
            new ContactPerson("Ola Nordmann", "ola@firma.example", null)));
  }

  private long version(Actor actor, Long companyId) {
    return registry.profile(actor, companyId).getVersion();
  }

  /** A valid organisation number no company has yet (8xx… is outside the demo's 9xx… range). */
  private String freshOrgNumber() {
    for (int candidate = 80_000_000 + NEXT.getAndIncrement() * 1000; ; candidate++) {
      for (int check = 0; check <= 9; check++) {
        String value = candidate + "" + check;
        if (OrganisationNumber.isValid(value)
            && companies.byOrgNumber(new OrganisationNumber(value)).isEmpty()) {
          return value;
        }
      }
    }
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }

  private Actor newApplicant() {
    String username = "soker-" + System.nanoTime();
    return Actor.of(
        users.create(
            username,
            username,
            "hemmelig-passord".toCharArray(),
            null,
            EnumSet.of(Role.APPLICANT)));
  }
}
