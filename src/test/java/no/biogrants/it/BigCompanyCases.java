package no.biogrants.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.assessment.Impartiality;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Users;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;

/**
 * The {@link CaseStage#GATE_FAILED} stage of {@link CaseFixtures}: cases of a company of 300
 * employees, too big for the scheme, which the demo user {@code soker.ny} (who has no company of
 * their own) represents. Each step is its own transaction, as it would be for the users.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BigCompanyCases {

  @Inject private Users users;
  @Inject private Companies companies;
  @Inject private CompanyRegistry companyRegistry;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;

  /**
   * A case of the big company of {@code soker.ny} (registered the first time) applying for 100 000,
   * submitted, declared and scored 3 by {@code saksbehandler}: its size gate fails (and can be
   * overridden).
   */
  public Long gateFailed(Long roundId) {
    Actor owner = actor("soker.ny");
    Company big =
        companies.forUser(owner.userId()).stream()
            .findFirst()
            .orElseGet(() -> registerBigCompany(owner));
    return gateFailed(roundId, owner, big);
  }

  /**
   * The same case for a new big company of the owner's own (registered now, beside the owner's
   * other companies).
   */
  public Long gateFailedFor(Long roundId, Actor owner) {
    return gateFailed(roundId, owner, registerBigCompany(owner));
  }

  private Long gateFailed(Long roundId, Actor owner, Company big) {
    ApplicationContent content =
        new ApplicationContent(
            "Ny produksjonslinje",
            "Omstilling til ny produksjon.",
            TrainingPurpose.PRODUCTION_RESTRUCTURING,
            Money.ofKroner(100_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(200_000))));
    Long id =
        applications
            .createDraft(
                owner,
                big.getId(),
                roundId,
                content,
                CaseFixtures.readyDetails(LocalDate.now(ZoneId.of("Europe/Oslo"))))
            .getId();
    applications.submit(owner, id);
    Actor caseworker = actor("saksbehandler");
    impartiality.declare(caseworker, id, false, null);
    assessments.score(
        caseworker,
        id,
        assessments.caseOf(caseworker, id).getRound().getRubric().stream()
            .map(c -> new CriterionInput(c.getId(), 3, "Middels."))
            .toList());
    return id;
  }

  private Company registerBigCompany(Actor owner) {
    for (int candidate = 92_000_000; ; candidate++) {
      for (int check = 0; check <= 9; check++) {
        String value = candidate + "" + check;
        if (OrganisationNumber.isValid(value)
            && companies.byOrgNumber(new OrganisationNumber(value)).isEmpty()) {
          return companyRegistry.register(
              owner,
              value,
              new CompanyProfile(
                  "Stor Industri AS",
                  LegalForm.AS,
                  "25.620",
                  300,
                  "3407",
                  "Gjøvik",
                  null,
                  List.of(new ContactPerson("Stine Stor", "stine@stor-industri.example", null))));
        }
      }
    }
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }
}
