package no.biogrants.it;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.biogrants.applicant.Companies;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.assessment.Impartiality;
import no.biogrants.budget.Allocation;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.SplitMethod;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.SchemeSetup;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.Money;

/**
 * The one place that builds test cases, through the real services inside the server (in the test
 * deployments only): budget lines with a known room, rounds on them, and cases at every stage of
 * the grant flow ({@link #make}, {@link CaseStage}; the gate-failed case is {@link
 * BigCompanyCases}, the stages after the recommendation are steps of {@link DecidedCases}).
 * In-container tests inject it; client tests ask for cases over HTTP through {@link
 * CaseFixturesServlet}.
 */
@Stateless
public class CaseFixtures {

  private static final String COUNTY = "34";
  private static final Money AMOUNT = Money.ofKroner(100_000);

  @Inject private Users users;
  @Inject private Companies companies;
  @Inject private BigCompanyCases bigCompanyCases;
  @Inject private DecidedCases decided;
  @Resource private SessionContext context;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private SchemeSetup schemeSetup;
  @Inject private Schemes schemes;
  @Inject private Clock clock;
  @Inject private Impartiality impartiality;

  public Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }

  /** A new user of county 34 with the roles, named {@code prefix} and a unique number. */
  public Actor newUser(String prefix, Set<Role> roles) {
    String username = prefix + "-" + System.nanoTime();
    return Actor.of(
        users.create(
            username, username, "hemmelig-passord".toCharArray(), COUNTY, EnumSet.copyOf(roles)));
  }

  /** The score {@code score} on every criterion of the case's rubric, each "Begrunnet.". */
  public List<CriterionInput> scores(Actor actor, Long id, int score) {
    return assessments.caseOf(actor, id).getRound().getRubric().stream()
        .map(c -> new CriterionInput(c.getId(), score, "Begrunnet."))
        .toList();
  }

  /** The demo data's round of county 34 (its first open round). */
  public Long demoRound() {
    return schemes.openRounds(COUNTY).get(0).getId();
  }

  /**
   * A round of a scheme of its own in county 34, on a budget line with room for every grant a test
   * makes.
   */
  public Long newRound() {
    return roundOn(lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000_000)), COUNTY, 2020);
  }

  /** A new case in the round at the stage, as {@link CaseStage} says; answers its id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Long make(CaseStage stage, Long roundId) {
    Actor caseworker = actor("saksbehandler");
    return switch (stage) {
      case SUBMITTED -> self().submittedApplication(roundId, AMOUNT, "soker");
      case DECLARED -> self().scoredApplication(roundId, AMOUNT, "soker", caseworker, 0);
      case SCORED -> self().scoredApplication(roundId, AMOUNT, "soker", caseworker, 4);
      case GATE_FAILED -> bigCompanyCases.gateFailed(roundId);
      case RECOMMENDED -> forBothApprovers(roundId, AMOUNT, AMOUNT);
      case ABOVE_DELEGATION ->
          forBothApprovers(roundId, Money.ofKroner(350_000), Money.ofKroner(600_000));
      case GRANTED ->
          decided.grant(
              make(CaseStage.RECOMMENDED, roundId),
              "Søknaden oppfyller vilkårene og er godt rangert.");
      case ACCEPTED -> decided.accept(make(CaseStage.GRANTED, roundId));
      case PART_REQUESTED -> {
        Long id = make(CaseStage.ACCEPTED, roundId);
        decided.requestPart(id);
        yield id;
      }
      case PART_PAID -> decided.partPaid(make(CaseStage.ACCEPTED, roundId));
      case RECLAIMED -> decided.reclaim(make(CaseStage.PART_PAID, roundId));
      case REJECTED ->
          decided.reject(
              make(CaseStage.RECOMMENDED, roundId),
              "Søknaden er rangert under finansieringslinjen.");
      case APPEALED ->
          decided.appeal(
              make(CaseStage.REJECTED, roundId), "Vi mener omstillingsbehovet er undervurdert.");
      case APPEALED_LATE -> {
        Long id = make(CaseStage.REJECTED, roundId);
        decided.backdateDecisions(id, 30);
        yield decided.appeal(id, "Vi fikk ikke vedtaksbrevet før nå.");
      }
      case FORWARDED -> decided.forward(make(CaseStage.APPEALED, roundId));
    };
  }

  /**
   * One application by {@code soker} in the round applying for twice {@code half}, scored and
   * recommended at {@code amount} by {@code saksbehandler}; {@code leder} has declared themselves
   * impartial. Each step its own transaction.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Long recommendedAt(Long roundId, Money half, Money amount) {
    Actor caseworker = actor("saksbehandler");
    Long id = self().scoredApplication(roundId, half, "soker", caseworker, 4);
    assessments.recommend(caseworker, id, amount, null);
    self().declareImpartial(actor("leder"), List.of(id));
    return id;
  }

  /**
   * One application by {@code soker} in the round, recommended at {@code amount} ({@link
   * #recommendedApplications}) and granted by {@code leder}, each its own transaction.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Long grantedApplication(Long roundId, Money amount) {
    Long id =
        self().recommendedApplications(1, roundId, amount, "soker", actor("saksbehandler")).get(0);
    return decided.grant(id, "Innvilget.");
  }

  /** A new BIO budget line of {@code amount} for one county, on an allocation of its own. */
  public Long lineWithRoom(String county, int year, Money amount) {
    Allocation allocation =
        new Allocation(
            "Test " + System.nanoTime(),
            "Testmidler",
            year,
            amount,
            EnumSet.of(FundPurpose.BIO),
            SplitMethod.MANUAL,
            "test",
            clock.instant());
    ledger.registerAllocation(allocation, Map.of(county, amount), allocation.getName(), "test");
    return budgets.linesOf(allocation.getId()).get(0).getId();
  }

  /** A rolling round of a new default scheme of the county, drawing on the line. */
  public Long roundOn(Long lineId, String county, int year) {
    Scheme scheme = schemeSetup.defaultScheme(county, year, "Testordning " + System.nanoTime());
    FundingRound round =
        schemeSetup.openRound(scheme, "Testrunde", LocalDate.of(2020, 1, 1), null, true, lineId);
    return round.getId();
  }

  /**
   * Everything the form asks beyond the content, filled so that no rule is broken: training from
   * two weeks on for three months, one plan line, the training committee.
   */
  public static ApplicationDetails readyDetails(LocalDate today) {
    return new ApplicationDetails(
        "Bedriften legger om produksjonen etter bortfall av oppdrag.",
        today.plusWeeks(2),
        today.plusMonths(3),
        List.of(
            new TrainingPlanItem("Kurs i nye verktøy", TrainingProvider.EXTERNAL, 40, 8, 10, 2, 1)),
        null,
        null,
        List.of(),
        "Daglig leder Kari Nordmann",
        "Tillitsvalgt Ola Hansen");
  }

  /** The actor declares themselves impartial (not disqualified) on each of the cases. */
  public void declareImpartial(Actor actor, List<Long> applicationIds) {
    applicationIds.forEach(id -> impartiality.declare(actor, id, false, null));
  }

  /**
   * {@code count} applications by the applicant's first company in the round, each applying for
   * twice {@code amount}, submitted, scored 4 on every criterion and recommended at {@code amount}.
   * The demo approver {@code leder} has declared themselves impartial on them, ready to decide.
   */
  public List<Long> recommendedApplications(
      int count, Long roundId, Money amount, String applicant, Actor caseworker) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Long id = scoredApplication(roundId, amount, applicant, caseworker, 4);
      assessments.recommend(caseworker, id, amount, null);
      ids.add(id);
    }
    declareImpartial(actor("leder"), ids);
    return ids;
  }

  /**
   * One application applying for twice {@code amount} (the most the rules allow for its costs),
   * submitted and scored {@code score} (1-5) on every criterion; {@code score} 0 leaves it
   * unscored.
   */
  public Long scoredApplication(
      Long roundId, Money amount, String applicant, Actor caseworker, int score) {
    Long id = submittedApplication(roundId, amount, applicant);
    impartiality.declare(caseworker, id, false, null);
    if (score > 0) {
      List<CriterionInput> scores = new ArrayList<>();
      for (RubricCriterion criterion :
          applications.own(actor(applicant), id).getRound().getRubric()) {
        scores.add(new CriterionInput(criterion.getId(), score, "Vurdert."));
      }
      assessments.score(caseworker, id, scores);
    }
    return id;
  }

  /**
   * One application by the applicant's first company applying for twice {@code amount} (the most
   * the rules allow for its costs), submitted; nobody at the county has looked at it yet.
   */
  public Long submittedApplication(Long roundId, Money amount, String applicant) {
    Actor owner = actor(applicant);
    Long companyId = companies.forUser(owner.userId()).get(0).getId();
    ApplicationContent content =
        new ApplicationContent(
            "Digital omstilling",
            "Opplæring i nye digitale verktøy etter bortfall av oppdrag.",
            TrainingPurpose.DIGITAL,
            amount.times(2),
            List.of(
                new CostItem(CostCategory.TRAINERS, "Kursleverandør", amount.times(3)),
                new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn i opplæringstimer", amount)));
    Long id =
        applications
            .createDraft(owner, companyId, roundId, content, readyDetails(LocalDate.now(clock)))
            .getId();
    applications.submit(owner, id);
    return id;
  }

  /** Recommended at {@code amount} with reasons; both approvers have declared themselves. */
  private Long forBothApprovers(Long roundId, Money half, Money amount) {
    Actor caseworker = actor("saksbehandler");
    Long id = self().scoredApplication(roundId, half, "soker", caseworker, 4);
    assessments.recommend(caseworker, id, amount, "Godt begrunnet omstillingsbehov.");
    self().declareImpartial(actor("leder"), List.of(id));
    self().declareImpartial(actor("leder2"), List.of(id));
    return id;
  }

  /** This bean through its container, so that a call gets the callee's transaction. */
  private CaseFixtures self() {
    return context.getBusinessObject(CaseFixtures.class);
  }
}
