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
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.casework.appeal.AppealFixtures;
import no.biogrants.casework.appeal.Appeals;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.Payments;
import no.biogrants.payment.Reclaims;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;

/**
 * Cases brought to a stage of the grant flow through the real services, for tests that then work on
 * them over HTTP (through {@link CaseStagesServlet}, in test deployments only). Everything happens
 * in the demo county 34 as its demo users: {@code soker} applies, {@code saksbehandler} declares,
 * scores and recommends, {@code leder} decides and {@code leder2} is the second approver. Each step
 * is its own transaction, as it would be for the users.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseStages {

  /** Where a case is left: each stage is the one before it and one more step. */
  public enum Stage {
    /** Submitted; nobody at the county has declared anything on it. */
    SUBMITTED,
    /** Submitted; the caseworker has declared themselves impartial. */
    DECLARED,
    /** Scored by a caseworker (in review), ready for the recommendation. */
    SCORED,
    /** Scored, but a gate failed (a company of 300 employees): the gate can be overridden. */
    GATE_FAILED,
    /** Recommended at 100 000; both approvers have declared themselves impartial. */
    RECOMMENDED,
    /** Recommended at 600 000, above the scheme's delegation limit: the committee decides. */
    ABOVE_DELEGATION,
    /** Granted (partly: 100 000 of 200 000) by {@code leder}, not accepted yet. */
    GRANTED,
    /** Granted and accepted by the company. */
    ACCEPTED,
    /** Accepted, with a part payment of 50 000 requested and waiting for the caseworker. */
    PART_REQUESTED,
    /** Accepted, with a part payment of 50 000 paid (in progress). */
    PART_PAID,
    /** Paid 50 000, of which 10 000 reclaimed: ready to be closed. */
    RECLAIMED,
    /** Rejected by {@code leder}. */
    REJECTED,
    /** Rejected and appealed by the company in time. */
    APPEALED,
    /** Rejected 30 days ago and appealed by the company only now: late, not decided on. */
    APPEALED_LATE,
    /** Appealed in time and forwarded to the appeal body by the caseworker. */
    FORWARDED
  }

  private static final String COUNTY = "34";
  private static final Money AMOUNT = Money.ofKroner(100_000);

  @Inject private CaseFixtures fixtures;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private Appeals appeals;
  @Inject private AppealFixtures appealFixtures;
  @Inject private Companies companies;
  @Inject private CompanyRegistry companyRegistry;

  /**
   * A round of a scheme of its own in county 34, on a budget line with room for every grant a test
   * makes.
   */
  public Long newRound() {
    return fixtures.roundOn(
        fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000_000)), COUNTY, 2020);
  }

  /** A new case in the round at the stage; answers its application id. */
  public Long make(Stage stage, Long roundId) {
    Actor caseworker = fixtures.actor("saksbehandler");
    Actor approver = fixtures.actor("leder");
    return switch (stage) {
      case SUBMITTED -> fixtures.submittedApplication(roundId, AMOUNT, "soker");
      case DECLARED -> fixtures.scoredApplication(roundId, AMOUNT, "soker", caseworker, 0);
      case SCORED -> fixtures.scoredApplication(roundId, AMOUNT, "soker", caseworker, 4);
      case GATE_FAILED -> tooBigCompanysCase(roundId, caseworker);
      case RECOMMENDED -> recommended(roundId, AMOUNT);
      case ABOVE_DELEGATION -> recommended(roundId, Money.ofKroner(600_000));
      case GRANTED -> granted(roundId);
      case ACCEPTED -> accepted(roundId);
      case PART_REQUESTED -> {
        Long id = accepted(roundId);
        requestPart(id);
        yield id;
      }
      case PART_PAID -> partPaid(roundId);
      case RECLAIMED -> {
        Long id = partPaid(roundId);
        reclaims.reclaim(
            approver, id, Money.ofKroner(10_000), "Deler av opplæringen ble ikke gjennomført.");
        yield id;
      }
      case REJECTED -> rejected(roundId);
      case APPEALED -> {
        Long id = rejected(roundId);
        appeals.appeal(fixtures.actor("soker"), id, "Vi mener omstillingsbehovet er undervurdert.");
        yield id;
      }
      case APPEALED_LATE -> {
        Long id = rejected(roundId);
        appealFixtures.backdateDecisions(id, 30);
        appeals.appeal(fixtures.actor("soker"), id, "Vi fikk ikke vedtaksbrevet før nå.");
        yield id;
      }
      case FORWARDED -> {
        Long id = make(Stage.APPEALED, roundId);
        appeals.forward(
            caseworker,
            id,
            LocalDate.now(ZoneId.of("Europe/Oslo")),
            "Fylkeskommunen fastholder vedtaket.");
        yield id;
      }
    };
  }

  /**
   * Applies for 200 000 (the most its costs allow for the 600 000 above the limit too), recommended
   * at {@code amount}.
   */
  private Long recommended(Long roundId, Money amount) {
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id =
        fixtures.scoredApplication(
            roundId,
            amount.isGreaterThan(AMOUNT) ? Money.ofKroner(350_000) : AMOUNT,
            "soker",
            caseworker,
            4);
    assessments.recommend(caseworker, id, amount, "Godt begrunnet omstillingsbehov.");
    fixtures.declareImpartial(fixtures.actor("leder"), List.of(id));
    fixtures.declareImpartial(fixtures.actor("leder2"), List.of(id));
    return id;
  }

  private Long granted(Long roundId) {
    Long id = recommended(roundId, AMOUNT);
    decisions.grant(
        fixtures.actor("leder"), id, "Søknaden oppfyller vilkårene og er godt rangert.");
    return id;
  }

  private Long accepted(Long roundId) {
    Long id = granted(roundId);
    acceptances.accept(fixtures.actor("soker"), id, "1234.56.78903");
    return id;
  }

  /**
   * Actual costs of 200 000 of the 400 000 planned: half of the 100 000 grant, 50 000, below the
   * four-eyes limit.
   */
  private PaymentRequest requestPart(Long id) {
    return payments.request(
        fixtures.actor("soker"),
        id,
        PaymentKind.PART,
        ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(200_000)),
        null);
  }

  private Long partPaid(Long roundId) {
    Long id = accepted(roundId);
    PaymentRequest request = requestPart(id);
    payments.approve(fixtures.actor("saksbehandler"), request.getId(), request.getVersion());
    return id;
  }

  private Long rejected(Long roundId) {
    Long id = recommended(roundId, AMOUNT);
    decisions.reject(fixtures.actor("leder"), id, "Søknaden er rangert under finansieringslinjen.");
    return id;
  }

  /**
   * A scored case of a company of 300 employees (the demo user without a company represents it):
   * its size gate fails.
   */
  private Long tooBigCompanysCase(Long roundId, Actor caseworker) {
    Actor owner = fixtures.actor("soker.ny");
    Company big =
        companies.forUser(owner.userId()).stream()
            .findFirst()
            .orElseGet(() -> registerBigCompany(owner));
    ApplicationContent content =
        new ApplicationContent(
            "Ny produksjonslinje",
            "Omstilling til ny produksjon.",
            TrainingPurpose.PRODUCTION_RESTRUCTURING,
            AMOUNT,
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
    fixtures.declareImpartial(caseworker, List.of(id));
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
}
