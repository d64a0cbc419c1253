package no.biogrants.privacy;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.Ledger;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One person's data on MariaDB, through the real services (rules PRIV-G3–PRIV-G6): an administrator
 * finds a company contact by e-mail (any case, spaces around) and a committee member by name,
 * exports them as JSON and erases them; afterwards neither is found, the company keeps a valid
 * contact slot, the money on the line and the decision are exactly as before, and the audit trail
 * says what was erased without naming the person. Nobody but an administrator may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

  private static final String COMMITTEE_MEMBER = "Tillitsvalgt Ola Hansen";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private PersonalData personalData;
  @Inject private CompanyRegistry registry;
  @Inject private Decisions decisions;
  @Inject private Applications applications;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  @Test
  void
      privG3_privG4_privG5_privG6_aPersonIsFoundExportedAndErasedWhileMoneyDecisionsAndHistoryStay() {
    Actor admin = fixtures.actor("admin");
    Actor company = fixtures.actor("soker");
    Company firm = registry.mine(company).get(0);
    ContactPerson contact = firm.getContacts().get(0);
    Long lineId = fixtures.lineWithRoom("34", 2033, Money.ofKroner(1_000_000));
    Long id =
        fixtures
            .recommendedApplications(
                1,
                fixtures.roundOn(lineId, "34", 2033),
                Money.ofKroner(100_000),
                "soker",
                fixtures.actor("saksbehandler"))
            .get(0);
    decisions.grant(fixtures.actor("leder"), id, "Innvilget.");
    String ledgerBefore = ledger(lineId);
    Decision decisionBefore = decisions.currentDecision(id).orElseThrow();

    List<PersonalDataFinding> found =
        personalData.find(admin, "  " + contact.getEmail().toUpperCase() + " ");
    assertThat(found)
        .extracting(PersonalDataFinding::value)
        .contains(contact.getName(), contact.getEmail());
    assertThat(found)
        .extracting(PersonalDataFinding::place)
        .containsOnly(PersonalDataFinding.Place.COMPANY_CONTACT);
    assertThat(personalData.find(admin, COMMITTEE_MEMBER.toLowerCase()))
        .filteredOn(f -> f.recordId() == id)
        .singleElement()
        .satisfies(
            f -> assertThat(f.place()).isEqualTo(PersonalDataFinding.Place.TRAINING_COMMITTEE));
    String exported =
        new String(personalData.export(admin, contact.getEmail()), StandardCharsets.UTF_8);
    assertThat(exported)
        .contains("\"verdi\":\"" + contact.getEmail() + "\"", contact.getName(), "COMPANY_CONTACT");

    assertThatThrownBy(() -> personalData.find(fixtures.actor("saksbehandler"), contact.getEmail()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> personalData.erase(company, contact.getEmail(), "Selv"))
        .isInstanceOf(AccessDeniedException.class);
    assertRefused(
        () -> personalData.erase(admin, contact.getEmail(), "  "), "privacy.reasonRequired");
    assertRefused(() -> personalData.find(admin, "ab"), "privacy.queryTooShort");
    assertRefused(
        () -> personalData.erase(admin, "ingen.slik@person.example", "Forespørsel"),
        "privacy.nothingFound");

    personalData.erase(admin, contact.getEmail(), "E-post fra personen med krav om sletting.");
    personalData.erase(admin, COMMITTEE_MEMBER, "Brev fra personen med krav om sletting.");

    assertThat(personalData.find(admin, contact.getEmail())).isEmpty();
    assertThat(personalData.find(admin, COMMITTEE_MEMBER)).isEmpty();
    ContactPerson erased = registry.profile(company, firm.getId()).getContacts().get(0);
    assertThat(erased.getName()).isEqualTo(PersonalData.ERASED_CONTACT_NAME);
    assertThat(erased.getEmail()).isEqualTo(PersonalData.ERASED_CONTACT_EMAIL);
    assertThat(erased.getPhone()).isNull();
    assertThat(applications.own(company, id).details().committeeEmployees())
        .isEqualTo(PersonalData.ERASED_NAME);
    assertThat(applications.own(company, id).details().committeeManagement())
        .isEqualTo("Daglig leder Kari Nordmann");

    assertThat(ledger(lineId)).isEqualTo(ledgerBefore);
    Decision decisionAfter = decisions.currentDecision(id).orElseThrow();
    assertThat(decisionAfter.getId()).isEqualTo(decisionBefore.getId());
    assertThat(decisionAfter.getAmount()).isEqualTo(decisionBefore.getAmount());
    assertThat(decisionAfter.getOutcome()).isEqualTo(decisionBefore.getOutcome());
    assertThat(applications.own(company, id).getHistory()).isNotEmpty();

    assertThat(audit.forEntity("Company", firm.getId()))
        .filteredOn(e -> e.getAction().equals("PERSONAL_DATA_ERASED"))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e.getDetails())
                    .doesNotContain(contact.getEmail(), contact.getName())
                    .contains("E-post fra personen"));
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("PERSONAL_DATA_ERASED");
    assertThat(audit.forEntity("Company", firm.getId()))
        .extracting(AuditEvent::getDetails)
        .noneMatch(d -> d.contains(contact.getEmail()));
  }

  private String ledger(Long lineId) {
    return ledger.entriesOf(lineId).stream()
        .map(e -> e.getId() + " " + e.getType() + " " + e.getAmount() + " " + e.getApplicationId())
        .toList()
        .toString();
  }
}
