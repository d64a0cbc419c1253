package no.biogrants.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.county.County;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.Payments;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * The demo applications, each taken through the real services as far as its stage: draft,
 * submitted, scored, recommended, granted (accepted, with a part payment asked for, paid in part or
 * in full, closed or reclaimed: {@link DemoPayments}) or rejected, withdrawn. Called by {@link
 * DemoDataLoader}, running as SYSTEM.
 */
@Stateless
@RolesAllowed(Role.SYSTEM_ROLE)
public class DemoApplications {

  private static final TrainingPurpose[] PURPOSES = TrainingPurpose.values();

  /** The demo users who act on one county's applications. */
  private record People(Actor applicant, Actor caseworker, Actor approver) {}

  @PersistenceContext private EntityManager em;
  @Inject private Users users;
  @Inject private Companies companies;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Impartiality impartiality;
  @Inject private Clock clock;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private DemoPayments demoPayments;

  /** Applications through the real services: 5 per county, statuses spread over the flow. */
  public int load(List<County> counties) {
    Random random = new Random(1);
    int count = 0;
    for (County county : counties) {
      count = loadCounty(county, random, count);
    }
    return count;
  }

  /** The county's applications; returns the count of all applications made so far. */
  private int loadCounty(County county, Random random, int count) {
    String code = county.getCode();
    boolean demo = code.equals(DemoDataLoader.DEMO_COUNTY);
    People people =
        new People(
            actor(demo ? "soker" : "soker." + code),
            actor(demo ? "saksbehandler" : "saksbehandler." + code),
            actor(demo ? "leder" : "leder." + code));
    List<Company> owned = companies.forUser(people.applicant().userId());
    FundingRound round =
        em.createNamedQuery("FundingRound.forCounty", FundingRound.class)
            .setParameter("county", code)
            .getResultList()
            .get(0);
    int perCounty = demo ? 7 : 4 + (count % 2);
    for (int i = 0; i < perCounty; i++) {
      // The demo applicant's pages open on their first company: it has the draft, the submitted,
      // the partly granted and the rejected case (the journeys start from these); the second
      // company has the withdrawn, the scored and the recommended one.
      Company company = demo ? owned.get(i == 3 || i >= 5 ? 1 : 0) : owned.get(i % owned.size());
      ApplicationContent content =
          content(company, round, PURPOSES[(count + i) % PURPOSES.length], random);
      GrantApplication application =
          applications.createDraft(
              people.applicant(),
              company.getId(),
              round.getId(),
              content,
              DemoContent.details(content.trainingPurpose(), random, LocalDate.now(clock)));
      count++;
      int stage = (i + code.charAt(1)) % 8;
      if (demo && i == 0) {
        continue; // the demo applicant has a draft to finish
      }
      advance(application, stage, demo, people, content.amountApplied(), round, random);
    }
    return count;
  }

  /** Believable content: three cost items, and the scheme's maximum grant applied for. */
  private static ApplicationContent content(
      Company company, FundingRound round, TrainingPurpose purpose, Random random) {
    long trainers = 100_000 + random.nextInt(40) * 10_000L;
    long materials = 10_000 + random.nextInt(20) * 2_500L;
    long wages = 50_000 + random.nextInt(50) * 10_000L;
    wages = Math.min(wages, 2 * (trainers + materials));
    List<CostItem> items =
        List.of(
            new CostItem(CostCategory.TRAINERS, "Ekstern kursleverandør", Money.ofKroner(trainers)),
            new CostItem(
                CostCategory.MATERIALS, "Kursmateriell og lisenser", Money.ofKroner(materials)),
            new CostItem(
                CostCategory.PARTICIPANT_WAGES,
                "Lønn til deltakere i opplæringstimer",
                Money.ofKroner(wages)));
    Money eligible = Money.ofKroner(trainers + materials + wages);
    return new ApplicationContent(
        "Opplæring i " + DemoContent.label(purpose) + " – " + company.getName(),
        "Omstilling etter bortfall av oppdrag under koronapandemien; de ansatte skal lære nye arbeidsmåter.",
        purpose,
        round.getScheme().maximumGrant(eligible),
        items);
  }

  /** Takes a draft through the flow as far as its stage (0 submitted … 7 withdrawn). */
  private void advance(
      GrantApplication application,
      int stage,
      boolean demo,
      People people,
      Money maximum,
      FundingRound round,
      Random random) {
    Long id = application.getId();
    applications.submit(people.applicant(), id);
    if (stage == 0) {
      return;
    }
    if (stage == 7) {
      applications.withdraw(people.applicant(), id);
      return;
    }
    impartiality.declare(people.caseworker(), id, false, null);
    assessments.score(people.caseworker(), id, DemoContent.scores(round, random));
    if (stage == 1) {
      return;
    }
    Money recommended =
        stage == 5 ? maximum.times(Rate.percent("80")).roundDownToWholeKroner() : maximum;
    assessments.recommend(people.caseworker(), id, recommended, "Godt begrunnet omstillingsbehov.");
    if (stage == 2) {
      return;
    }
    impartiality.declare(people.approver(), id, false, null);
    if (stage == 6) {
      decisions.reject(
          people.approver(),
          id,
          "Søknaden er rangert under finansieringslinjen; midlene er brukt opp.");
    } else {
      decisions.grant(people.approver(), id, "Søknaden oppfyller vilkårene og er godt rangert.");
      if (!demo && (stage == 3 || stage == 4)) {
        accept(application, stage, people, random);
      }
    }
  }

  /**
   * An accepted grant: for stage 4 with a part-payment request waiting for the caseworker, for
   * stage 3 paid as far as its county's {@link DemoPayments.Outcome}.
   */
  private void accept(GrantApplication application, int stage, People people, Random random) {
    acceptances.accept(
        people.applicant(), application.getId(), DemoContent.validBankAccount(random).value());
    if (stage == 4) {
      payments.request(
          people.applicant(),
          application.getId(),
          PaymentKind.PART,
          ActualCosts.shareOf(application.costPlan(), Rate.percent("40")),
          null);
    } else {
      demoPayments.pay(application, people.applicant(), people.caseworker(), people.approver());
    }
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }
}
