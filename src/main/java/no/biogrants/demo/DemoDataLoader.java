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
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.budget.Allocation;
import no.biogrants.budget.AllocationKey;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.SplitMethod;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.SchemeSetup;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;

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

  /** Innlandet's admin: manages the county's staff (listed in the README). */
  public static final String COUNTY_ADMIN = "admin." + DEMO_COUNTY;

  /** A demo applicant who represents no company yet (listed in the README). */
  public static final String NEW_APPLICANT = "soker.ny";

  /** The year of the demo history: its allocations, schemes, rounds and companies. */
  static final int DEMO_YEAR = 2020;

  public static final String BIO_ALLOCATION = "BIO 2020 (105 MNOK)";
  public static final String CRISIS_ALLOCATION = "Krisepakke 2020 (250 MNOK)";

  private static final String SYSTEM = "demo-data";

  @PersistenceContext private EntityManager em;
  @Inject private Users users;
  @Inject private Counties counties;
  @Inject private CompanyRegistry companyRegistry;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private SchemeSetup schemeSetup;
  @Inject private Clock clock;
  @Inject private DemoApplications demoApplications;

  public boolean alreadyLoaded() {
    return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult() > 0;
  }

  public void loadReferenceSetup() {
    String hash = users.hash(DEMO_PASSWORD.toCharArray());
    createUsers(hash);
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
    openRoundsAndRegisterCompanies();
    em.flush();
  }

  /**
   * The listed demo users, and an applicant, a caseworker and an approver in every other county.
   */
  private void createUsers(String hash) {
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
    users.createWithHash(
        COUNTY_ADMIN, "Frode Fylkesadmin", hash, DEMO_COUNTY, EnumSet.of(Role.ADMIN));
    for (County county : counties.activeIn(DEMO_YEAR)) {
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
  }

  /** Per county: its scheme with a rolling BIO round on its BIO line, and two demo companies. */
  private void openRoundsAndRegisterCompanies() {
    Random random = new Random(2020);
    Random accounts = new Random(2021); // apart, so the companies' numbers stay what they were
    int word = 0;
    for (County county : counties.activeIn(DEMO_YEAR)) {
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
        companyRegistry.registerInYear(applicant, orgNumber.value(), profile, DEMO_YEAR);
      }
    }
  }

  /** Applications through the real services: 5 per county, statuses spread over the flow. */
  public int loadApplications() {
    return demoApplications.load(counties.activeIn(DEMO_YEAR));
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
