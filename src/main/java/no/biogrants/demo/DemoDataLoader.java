package no.biogrants.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.budget.Allocation;
import no.biogrants.budget.AllocationKey;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.SplitMethod;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.Payments;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.SchemeSetup;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;
import no.biogrants.shared.Rate;

/**
 * The demo data, built through the same services a user goes through, so its ledger entries, status
 * histories and audit trail are real. Figures: the 11 counties of 2020 with their inhabitants; the
 * 2020 allocations "BIO 105 MNOK" (earmarked) and "Krisepakke 250 MNOK" (flexible) split per
 * inhabitant into whole 1000 NOK; a scheme and a rolling BIO round per county drawing on its 2020
 * BIO line; fictional companies with valid organisation numbers; 55 applications spread over
 * statuses and counties.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM_ROLE)
public class DemoDataLoader {

  /** The password of every demo user (demo data only; listed in the README). */
  public static final String DEMO_PASSWORD = "demo1234";

  /** The demo national analyst's API key (demo data only; listed in the README). */
  public static final String DEMO_ANALYST_API_KEY = "demo-analyst-key";

  /** The API key of the county analyst {@code analytiker.34} (Innlandet only); demo data only. */
  public static final String DEMO_COUNTY_ANALYST_API_KEY = "demo-analyst-34-key";

  /** The demo applicant's API key (demo data only; listed in the README). */
  public static final String DEMO_APPLICANT_API_KEY = "demo-applicant-key";

  /** The county of the listed demo users. */
  public static final String DEMO_COUNTY = "34";

  /** A demo applicant who represents no company yet (listed in the README). */
  public static final String NEW_APPLICANT = "soker.ny";

  public static final String BIO_ALLOCATION = "BIO 2020 (105 MNOK)";
  public static final String CRISIS_ALLOCATION = "Krisepakke 2020 (250 MNOK)";

  private static final String SYSTEM = "demo-data";

  @PersistenceContext private EntityManager em;
  @Inject private Users users;
  @Inject private Counties counties;
  @Inject private Companies companies;
  @Inject private CompanyRegistry companyRegistry;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private SchemeSetup schemeSetup;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Impartiality impartiality;
  @Inject private Clock clock;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;

  public boolean alreadyLoaded() {
    return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult() > 0;
  }

  public void loadReferenceSetup() {
    String hash = users.hash(DEMO_PASSWORD.toCharArray());
    AppUser demoApplicant =
        users.createWithHash("soker", "Siri Søker", hash, null, EnumSet.of(Role.APPLICANT));
    users.createWithHash(
        "saksbehandler", "Sara Saksbehandler", hash, DEMO_COUNTY, EnumSet.of(Role.CASEWORKER));
    users.createWithHash("leder", "Lars Leder", hash, DEMO_COUNTY, EnumSet.of(Role.APPROVER));
    // A second approver, for what needs two people: payments above the four-eyes limit, appeals.
    users.createWithHash("leder2", "Lise Leder", hash, DEMO_COUNTY, EnumSet.of(Role.APPROVER));
    AppUser analyst =
        users.createWithHash(
            "analytiker", "Anders Analytiker", hash, null, EnumSet.of(Role.ANALYST));
    users.addApiKey(analyst, DEMO_ANALYST_API_KEY, "Demo: analytikerens verktøy");
    AppUser countyAnalyst =
        users.createWithHash(
            "analytiker." + DEMO_COUNTY,
            "Aud Analytiker",
            hash,
            DEMO_COUNTY,
            EnumSet.of(Role.ANALYST));
    users.addApiKey(
        countyAnalyst, DEMO_COUNTY_ANALYST_API_KEY, "Demo: fylkesanalytikerens verktøy");
    users.addApiKey(demoApplicant, DEMO_APPLICANT_API_KEY, "Demo: søkerens verktøy");
    users.createWithHash("admin", "Ada Admin", hash, null, EnumSet.of(Role.ADMIN));
    List<County> all = counties.all();
    for (County county : all) {
      if (!county.getCode().equals(DEMO_COUNTY)) {
        users.createWithHash(
            "soker." + county.getCode(),
            "Søker " + county.getName(),
            hash,
            null,
            EnumSet.of(Role.APPLICANT));
        users.createWithHash(
            "saksbehandler." + county.getCode(),
            "Saksbehandler " + county.getName(),
            hash,
            county.getCode(),
            EnumSet.of(Role.CASEWORKER));
        users.createWithHash(
            "leder." + county.getCode(),
            "Leder " + county.getName(),
            hash,
            county.getCode(),
            EnumSet.of(Role.APPROVER));
      }
    }

    Map<String, Integer> inhabitants = counties.inhabitants(2020);
    registerAllocation(
        BIO_ALLOCATION,
        "Statsbudsjettet 2020, BIO",
        105_000_000,
        EnumSet.of(FundPurpose.BIO),
        inhabitants);
    registerAllocation(
        CRISIS_ALLOCATION,
        "Krisepakke 2020 (kan også brukes til videregående opplæring og andre tiltak)",
        250_000_000,
        EnumSet.allOf(FundPurpose.class),
        inhabitants);

    // A user who represents no company yet: the demo of registering one (issue #3).
    users.createWithHash(
        NEW_APPLICANT, "Nina Nyregistrert", hash, null, EnumSet.of(Role.APPLICANT));

    Random random = new Random(2020);
    Random accounts = new Random(2021); // apart, so the companies' numbers stay what they were
    int word = 0;
    for (County county : all) {
      Scheme scheme =
          schemeSetup.defaultScheme(county.getCode(), 2020, "BIO 2020 " + county.getName());
      BudgetLine bioLine =
          budgets.linesFor(county.getCode(), 2020).stream()
              .filter(l -> l.getAllocation().getName().equals(BIO_ALLOCATION))
              .findFirst()
              .orElseThrow();
      schemeSetup.openRound(
          scheme,
          "BIO 2020 – løpende søknadsfrist",
          LocalDate.of(2020, 3, 1),
          null,
          true,
          bioLine.getId());
      Actor applicant =
          actor(county.getCode().equals(DEMO_COUNTY) ? "soker" : "soker." + county.getCode());
      String[][] places = DemoContent.MUNICIPALITIES.get(county.getCode());
      for (int c = 0; c < 2; c++) {
        OrganisationNumber orgNumber = DemoContent.validOrgNumber(random);
        String name = DemoContent.COMPANY_WORDS[word++ % DemoContent.COMPANY_WORDS.length] + " AS";
        String nace = DemoContent.NACE[random.nextInt(DemoContent.NACE.length)];
        int employees = 8 + random.nextInt(180);
        String[] contact = DemoContent.CONTACTS[word % DemoContent.CONTACTS.length];
        CompanyProfile profile =
            new CompanyProfile(
                name,
                LegalForm.AS,
                nace,
                employees,
                places[c][0],
                places[c][1],
                DemoContent.validBankAccount(accounts).value(),
                List.of(
                    new ContactPerson(
                        contact[0], DemoContent.mailbox(contact[0], name), contact[1])));
        companyRegistry.register(applicant, orgNumber.value(), profile);
      }
    }
    em.flush();
  }

  /** Applications through the real services: 5 per county, statuses spread over the flow. */
  public int loadApplications() {
    Random random = new Random(1);
    int count = 0;
    TrainingPurpose[] purposes = TrainingPurpose.values();
    for (County county : counties.all()) {
      String code = county.getCode();
      boolean demo = code.equals(DEMO_COUNTY);
      Actor applicant = actor(demo ? "soker" : "soker." + code);
      Actor caseworker = actor(demo ? "saksbehandler" : "saksbehandler." + code);
      Actor approver = actor(demo ? "leder" : "leder." + code);
      List<Company> owned = companies.forUser(applicant.userId());
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
        long trainers = 100_000 + random.nextInt(40) * 10_000L;
        long materials = 10_000 + random.nextInt(20) * 2_500L;
        long wages = 50_000 + random.nextInt(50) * 10_000L;
        wages = Math.min(wages, 2 * (trainers + materials));
        List<CostItem> items =
            List.of(
                new CostItem(
                    CostCategory.TRAINERS, "Ekstern kursleverandør", Money.ofKroner(trainers)),
                new CostItem(
                    CostCategory.MATERIALS, "Kursmateriell og lisenser", Money.ofKroner(materials)),
                new CostItem(
                    CostCategory.PARTICIPANT_WAGES,
                    "Lønn til deltakere i opplæringstimer",
                    Money.ofKroner(wages)));
        Money eligible = Money.ofKroner(trainers + materials + wages);
        Money maximum = round.getScheme().maximumGrant(eligible);
        TrainingPurpose purpose = purposes[(count + i) % purposes.length];
        ApplicationContent content =
            new ApplicationContent(
                "Opplæring i " + DemoContent.label(purpose) + " – " + company.getName(),
                "Omstilling etter bortfall av oppdrag under koronapandemien; de ansatte skal lære nye arbeidsmåter.",
                purpose,
                maximum,
                items);
        GrantApplication application =
            applications.createDraft(
                applicant,
                company.getId(),
                round.getId(),
                content,
                DemoContent.details(purpose, random, LocalDate.now(clock)));
        count++;
        int stage = (i + code.charAt(1)) % 8;
        if (demo && i == 0) {
          continue; // the demo applicant has a draft to finish
        }
        applications.submit(applicant, application.getId());
        if (stage == 0) {
          continue;
        }
        if (stage == 7) {
          applications.withdraw(applicant, application.getId());
          continue;
        }
        impartiality.declare(caseworker, application.getId(), false, null);
        assessments.score(caseworker, application.getId(), DemoContent.scores(round, random));
        if (stage == 1) {
          continue;
        }
        Money recommended =
            stage == 5 ? maximum.times(Rate.percent("80")).roundDownToWholeKroner() : maximum;
        assessments.recommend(
            caseworker, application.getId(), recommended, "Godt begrunnet omstillingsbehov.");
        if (stage == 2) {
          continue;
        }
        impartiality.declare(approver, application.getId(), false, null);
        if (stage == 6) {
          decisions.reject(
              approver,
              application.getId(),
              "Søknaden er rangert under finansieringslinjen; midlene er brukt opp.");
        } else {
          decisions.grant(
              approver, application.getId(), "Søknaden oppfyller vilkårene og er godt rangert.");
          if (!demo && (stage == 3 || stage == 4)) {
            // Accepted grants, one with a part-payment request waiting for the county's caseworker.
            acceptances.accept(
                applicant, application.getId(), DemoContent.validBankAccount(random).value());
            if (stage == 4) {
              payments.request(
                  applicant,
                  application.getId(),
                  PaymentKind.PART,
                  ActualCosts.shareOf(application.costPlan(), Rate.percent("40")),
                  null);
            }
          }
        }
      }
    }
    return count;
  }

  private void registerAllocation(
      String name,
      String source,
      long amount,
      Set<FundPurpose> purposes,
      Map<String, Integer> inhabitants) {
    Map<String, Money> split =
        AllocationKey.split(
            Money.ofKroner(amount),
            inhabitants,
            AllocationKey.DEFAULT_UNIT,
            AllocationKey.Remainder.ON_FIRST_COUNTY);
    Allocation allocation =
        new Allocation(
            name,
            source,
            2020,
            Money.ofKroner(amount),
            purposes,
            SplitMethod.PER_INHABITANT,
            SYSTEM,
            clock.instant());
    ledger.registerAllocation(allocation, new LinkedHashMap<>(split), name, SYSTEM);
  }

  private Actor actor(String username) {
    AppUser user = users.byUsername(username).orElseThrow();
    return Actor.of(user);
  }
}
