package no.biogrants.demo;

import jakarta.annotation.security.RunAs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
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
import no.biogrants.assessment.CriterionInput;
import no.biogrants.budget.Allocation;
import no.biogrants.budget.AllocationKey;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.SplitMethod;
import no.biogrants.casework.Decisions;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.SchemeSetup;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;

/**
 * The demo data, built through the same services a user goes through, so its ledger entries,
 * status histories and audit trail are real. Figures: the 11 counties of 2020 with their
 * inhabitants; the 2020 allocations "BIO 105 MNOK" (earmarked) and "Krisepakke 250 MNOK"
 * (flexible) split per inhabitant into whole 1000 NOK; a scheme and a rolling BIO round per county
 * drawing on its 2020 BIO line; fictional companies with valid organisation numbers; 55
 * applications spread over statuses and counties.
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
  private static final String[] COMPANY_WORDS = {
    "Mjøsa Mekaniske", "Fjellvind Trevare", "Nordlys Sjømat", "Vestkyst Verft", "Solberg Elektro",
    "Dalheim Bygg", "Fossen Plast", "Kystlinje Logistikk", "Bjørkli Møbler", "Granli Maskin",
    "Haugen Emballasje", "Isdal Betong", "Lien Aluminium", "Myrvang Tekstil", "Skogly Grafisk",
    "Tindved Reiseliv", "Vassbotn Næringsmiddel", "Åsen Automasjon", "Elvebakken Stål", "Furulund Glass",
    "Sandvik Komponent", "Lyngmo Hotell"
  };
  /** Two real municipalities (2020 numbers) per county for the demo companies' business addresses. */
  private static final Map<String, String[][]> MUNICIPALITIES =
      Map.ofEntries(
          Map.entry("03", new String[][] {{"0301", "Oslo"}, {"0301", "Oslo"}}),
          Map.entry("11", new String[][] {{"1103", "Stavanger"}, {"1108", "Sandnes"}}),
          Map.entry("15", new String[][] {{"1507", "Ålesund"}, {"1506", "Molde"}}),
          Map.entry("18", new String[][] {{"1804", "Bodø"}, {"1806", "Narvik"}}),
          Map.entry("30", new String[][] {{"3005", "Drammen"}, {"3024", "Bærum"}}),
          Map.entry("34", new String[][] {{"3401", "Kongsvinger"}, {"3407", "Gjøvik"}}),
          Map.entry("38", new String[][] {{"3807", "Skien"}, {"3803", "Tønsberg"}}),
          Map.entry("42", new String[][] {{"4204", "Kristiansand"}, {"4203", "Arendal"}}),
          Map.entry("46", new String[][] {{"4601", "Bergen"}, {"4602", "Kinn"}}),
          Map.entry("50", new String[][] {{"5001", "Trondheim"}, {"5006", "Steinkjer"}}),
          Map.entry("54", new String[][] {{"5401", "Tromsø"}, {"5403", "Alta"}}));

  /** Fictional contact persons: name and phone. */
  private static final String[][] CONTACTS = {
    {"Kari Nordmann", "912 34 567"}, {"Ola Haugen", "934 56 789"}, {"Ingrid Berg", null},
    {"Per Johansen", "47 11 22 33"}, {"Silje Dahl", "+47 415 55 666"}, {"Jon Lie", null}
  };

  private static final String[] NACE = {"25.620", "16.230", "10.200", "30.110", "43.210", "41.200", "22.290", "49.410", "31.090", "28.990", "17.210"};

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
  @Inject private no.biogrants.assessment.Impartiality impartiality;
  @Inject private java.time.Clock clock;
  @Inject private no.biogrants.casework.Acceptances acceptances;
  @Inject private no.biogrants.payment.Payments payments;

  public boolean alreadyLoaded() {
    return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult() > 0;
  }

  public void loadReferenceSetup() {
    String hash = users.hash(DEMO_PASSWORD.toCharArray());
    AppUser demoApplicant = users.createWithHash("soker", "Siri Søker", hash, null, EnumSet.of(Role.APPLICANT));
    users.createWithHash("saksbehandler", "Sara Saksbehandler", hash, DEMO_COUNTY, EnumSet.of(Role.CASEWORKER));
    users.createWithHash("leder", "Lars Leder", hash, DEMO_COUNTY, EnumSet.of(Role.APPROVER));
    // A second approver, for what needs two people: payments above the four-eyes limit, appeals.
    users.createWithHash("leder2", "Lise Leder", hash, DEMO_COUNTY, EnumSet.of(Role.APPROVER));
    AppUser analyst = users.createWithHash("analytiker", "Anders Analytiker", hash, null, EnumSet.of(Role.ANALYST));
    users.addApiKey(analyst, DEMO_ANALYST_API_KEY, "Demo: analytikerens verktøy");
    AppUser countyAnalyst = users.createWithHash("analytiker." + DEMO_COUNTY, "Aud Analytiker", hash, DEMO_COUNTY, EnumSet.of(Role.ANALYST));
    users.addApiKey(countyAnalyst, DEMO_COUNTY_ANALYST_API_KEY, "Demo: fylkesanalytikerens verktøy");
    users.addApiKey(demoApplicant, DEMO_APPLICANT_API_KEY, "Demo: søkerens verktøy");
    users.createWithHash("admin", "Ada Admin", hash, null, EnumSet.of(Role.ADMIN));
    List<County> all = counties.all();
    for (County county : all) {
      if (!county.getCode().equals(DEMO_COUNTY)) {
        users.createWithHash("soker." + county.getCode(), "Søker " + county.getName(), hash, null, EnumSet.of(Role.APPLICANT));
        users.createWithHash("saksbehandler." + county.getCode(), "Saksbehandler " + county.getName(), hash, county.getCode(), EnumSet.of(Role.CASEWORKER));
        users.createWithHash("leder." + county.getCode(), "Leder " + county.getName(), hash, county.getCode(), EnumSet.of(Role.APPROVER));
      }
    }

    Map<String, Integer> inhabitants = counties.inhabitants(2020);
    registerAllocation(BIO_ALLOCATION, "Statsbudsjettet 2020, BIO", 105_000_000, EnumSet.of(FundPurpose.BIO), inhabitants);
    registerAllocation(
        CRISIS_ALLOCATION,
        "Krisepakke 2020 (kan også brukes til videregående opplæring og andre tiltak)",
        250_000_000,
        EnumSet.allOf(FundPurpose.class),
        inhabitants);

    // A user who represents no company yet: the demo of registering one (issue #3).
    users.createWithHash(NEW_APPLICANT, "Nina Nyregistrert", hash, null, EnumSet.of(Role.APPLICANT));

    Random random = new Random(2020);
    Random accounts = new Random(2021); // apart, so the companies' numbers stay what they were
    int word = 0;
    for (County county : all) {
      Scheme scheme = schemeSetup.defaultScheme(county.getCode(), 2020, "BIO 2020 " + county.getName());
      BudgetLine bioLine =
          budgets.linesFor(county.getCode(), 2020).stream()
              .filter(l -> l.getAllocation().getName().equals(BIO_ALLOCATION))
              .findFirst()
              .orElseThrow();
      schemeSetup.openRound(
          scheme, "BIO 2020 – løpende søknadsfrist", LocalDate.of(2020, 3, 1), null, true, bioLine.getId());
      Actor applicant = actor(county.getCode().equals(DEMO_COUNTY) ? "soker" : "soker." + county.getCode());
      String[][] places = MUNICIPALITIES.get(county.getCode());
      for (int c = 0; c < 2; c++) {
        OrganisationNumber orgNumber = validOrgNumber(random);
        String name = COMPANY_WORDS[word++ % COMPANY_WORDS.length] + " AS";
        String nace = NACE[random.nextInt(NACE.length)];
        int employees = 8 + random.nextInt(180);
        String[] contact = CONTACTS[word % CONTACTS.length];
        CompanyProfile profile =
            new CompanyProfile(
                name, LegalForm.AS, nace, employees, places[c][0], places[c][1], validBankAccount(accounts).value(),
                List.of(new ContactPerson(contact[0], mailbox(contact[0], name), contact[1])));
        companyRegistry.register(applicant, orgNumber.value(), profile);
      }
    }
    em.flush();
  }

  /** firstname.lastname@company-name.example (a reserved domain: demo mail goes nowhere). */
  private static String mailbox(String person, String company) {
    return slug(person).replace('-', '.') + "@" + slug(company.replace(" AS", "")) + ".example";
  }

  private static String slug(String text) {
    return java.text.Normalizer.normalize(
            text.toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a"),
            java.text.Normalizer.Form.NFD)
        .replaceAll("[^a-z0-9 ]", "")
        .strip()
        .replace(' ', '-');
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
      FundingRound round = em.createNamedQuery("FundingRound.forCounty", FundingRound.class)
          .setParameter("county", code).getResultList().get(0);
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
        List<CostItem> items = List.of(
            new CostItem(CostCategory.TRAINERS, "Ekstern kursleverandør", Money.ofKroner(trainers)),
            new CostItem(CostCategory.MATERIALS, "Kursmateriell og lisenser", Money.ofKroner(materials)),
            new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn til deltakere i opplæringstimer", Money.ofKroner(wages)));
        Money eligible = Money.ofKroner(trainers + materials + wages);
        Money maximum = round.getScheme().maximumGrant(eligible);
        TrainingPurpose purpose = purposes[(count + i) % purposes.length];
        ApplicationContent content = new ApplicationContent(
            "Opplæring i " + label(purpose) + " – " + company.getName(),
            "Omstilling etter bortfall av oppdrag under koronapandemien; de ansatte skal lære nye arbeidsmåter.",
            purpose, maximum, items);
        GrantApplication application = applications.createDraft(applicant, company.getId(), round.getId(), content, details(purpose, random));
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
        assessments.score(caseworker, application.getId(), scores(round, random));
        if (stage == 1) {
          continue;
        }
        Money recommended = stage == 5 ? maximum.times(no.biogrants.shared.Rate.percent("80")).roundDownToWholeKroner() : maximum;
        assessments.recommend(caseworker, application.getId(), recommended, "Godt begrunnet omstillingsbehov.");
        if (stage == 2) {
          continue;
        }
        impartiality.declare(approver, application.getId(), false, null);
        if (stage == 6) {
          decisions.reject(approver, application.getId(), "Søknaden er rangert under finansieringslinjen; midlene er brukt opp.");
        } else {
          decisions.grant(approver, application.getId(), "Søknaden oppfyller vilkårene og er godt rangert.");
          if (!demo && (stage == 3 || stage == 4)) {
            // Accepted grants, one with a part-payment request waiting for the county's caseworker.
            acceptances.accept(applicant, application.getId(), validBankAccount(random).value());
            if (stage == 4) {
              payments.request(
                  applicant, application.getId(), no.biogrants.payment.PaymentKind.PART,
                  no.biogrants.payment.ActualCosts.shareOf(application.costPlan(), no.biogrants.shared.Rate.percent("40")), null);
            }
          }
        }
      }
    }
    return count;
  }

  private void registerAllocation(String name, String source, long amount, Set<FundPurpose> purposes, Map<String, Integer> inhabitants) {
    Map<String, Money> split = AllocationKey.split(Money.ofKroner(amount), inhabitants, AllocationKey.DEFAULT_UNIT, AllocationKey.Remainder.ON_FIRST_COUNTY);
    Allocation allocation = new Allocation(name, source, 2020, Money.ofKroner(amount), purposes, SplitMethod.PER_INHABITANT, SYSTEM, clock.instant());
    ledger.registerAllocation(allocation, new LinkedHashMap<>(split), name, SYSTEM);
  }

  private List<CriterionInput> scores(FundingRound round, Random random) {
    List<CriterionInput> inputs = new ArrayList<>();
    for (RubricCriterion criterion : round.getRubric()) {
      inputs.add(new CriterionInput(criterion.getId(), 2 + random.nextInt(4), "Vurdert ut fra søknaden og opplæringsplanen."));
    }
    return inputs;
  }

  private Actor actor(String username) {
    AppUser user = users.byUsername(username).orElseThrow();
    return Actor.of(user);
  }

  private static String label(TrainingPurpose purpose) {
    return switch (purpose) {
      case DIGITAL -> "digitale verktøy";
      case GREEN_TRANSITION -> "grønn omstilling";
      case PRODUCTION_RESTRUCTURING -> "ny produksjon";
      case NEW_MARKETS -> "nye markeder";
      case HEALTH_SAFETY -> "HMS";
      case LANGUAGE -> "norsk på arbeidsplassen";
      case OTHER -> "nye oppgaver";
    };
  }

  /** What a company writes beyond the cost plan: a believable restructuring, plan and committee. */
  private ApplicationDetails details(TrainingPurpose purpose, Random random) {
    LocalDate today = LocalDate.now(clock);
    int participants = 4 + random.nextInt(20);
    return new ApplicationDetails(
        "Bortfall av oppdrag under koronapandemien gjør at bedriften må endre hvordan den arbeider: " + label(purpose) + ".",
        today.plusWeeks(2 + random.nextInt(6)),
        today.plusMonths(4 + random.nextInt(8)),
        List.of(
            new TrainingPlanItem("Kurs i " + label(purpose), TrainingProvider.EXTERNAL, 20 + random.nextInt(60), 4 + random.nextInt(12), participants, random.nextInt(participants / 2 + 1), random.nextInt(2)),
            new TrainingPlanItem("Opplæring på arbeidsplassen", TrainingProvider.INTERNAL, 10 + random.nextInt(30), 2 + random.nextInt(8), participants, 0, 0)),
        null,
        null,
        List.of(),
        "Daglig leder",
        "Tillitsvalgt for de ansatte");
  }

  /** A random bank account number that passes the MOD11 check (fictional accounts). */
  static no.biogrants.shared.BankAccount validBankAccount(Random random) {
    while (true) {
      String candidate = "1503" + String.format("%06d", random.nextInt(1_000_000));
      for (int check = 0; check <= 9; check++) {
        if (no.biogrants.shared.BankAccount.isValid(candidate + check)) {
          return new no.biogrants.shared.BankAccount(candidate + check);
        }
      }
    }
  }

  /** A random organisation number that passes the MOD11 check (fictional companies). */
  static OrganisationNumber validOrgNumber(Random random) {
    while (true) {
      String candidate = "9" + String.format("%07d", random.nextInt(10_000_000));
      for (int check = 0; check <= 9; check++) {
        if (OrganisationNumber.isValid(candidate + check)) {
          return new OrganisationNumber(candidate + check);
        }
      }
    }
  }
}
