package no.biogrants.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import no.biogrants.identity.Users;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.SchemeSetup;
import no.biogrants.shared.Money;

/**
 * Builds cases for in-container tests through the real services (inside the server, added to the
 * test deployment): budget lines with a known room, rounds on them, recommended applications.
 */
@Stateless
public class CaseFixtures {

  @Inject private Users users;
  @Inject private Companies companies;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private SchemeSetup schemeSetup;
  @Inject private Clock clock;
  @Inject private Impartiality impartiality;

  public Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
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
}
