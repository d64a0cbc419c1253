package no.biogrants.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * Fills a MariaDB database with N synthetic applications for benchmarks (issue #6): 11 counties
 * weighted by inhabitants, schemes, two rounds and a budget line per county and year 2020-2023,
 * companies, applications in every status with their cost plan and training plan, recommendations,
 * decisions, appeals, payment requests and the ledger entries of every grant (COMMITMENT,
 * DISBURSEMENT, RELEASE, RECLAIM). The budget lines' balance rows equal the sums of their ledgers,
 * and no line is ever committed beyond its allocation: each year's allocation is sized from the
 * grants planned (plus 10 %) and split per inhabitant, and a grant that would not fit its line any
 * more is rejected, as a county does when the money runs out.
 *
 * <p>Deterministic: the same N and seed give the same rows. Runs Flyway itself (the project's sql/
 * folder) on an empty database; refuses a database that has data unless told to wipe it, and never
 * touches the integration tests' databases (bio_it*). Rows are written by {@link TableWriter}s in
 * bulk batches, one connection per table.
 *
 * <pre>
 * mvn -Pgenerate -Dgenerate.n=1000000 -Dgenerate.db=jdbc:mariadb://127.0.0.1:3306/bio_bench [-Dgenerate.wipe=true]
 * </pre>
 *
 * Settings (system properties): generate.n (1000), generate.db, generate.user (bio),
 * generate.password (bio), generate.seed (2020), generate.wipe (false), generate.sql
 * (filesystem:sql). Every generated user (saksbehandler.NN, leder.NN, soker.NN, analytiker, admin)
 * has the password {@value #PASSWORD}, and analytiker the API key {@value #ANALYST_API_KEY}:
 * benchmark data only.
 *
 * <p>Not generated: status histories, score sheets, audit events, questions to applicants, letters
 * and attachments (the queue, the reports and the exports do not read them), and the link between
 * applicant users and the companies.
 */
public final class SyntheticData {

  static final String PASSWORD = "demo1234";

  /** The national analyst's API key for the report API's benchmarks (benchmark data only). */
  static final String ANALYST_API_KEY = "bench-analyst-key";

  private static final int BATCH = 2_000;
  private static final long MNOK = 1_000_000;
  private static final long CEILING = 700_000;
  private static final long DELEGATION_LIMIT = 500_000;
  private static final String[] RUBRIC = {
    "RESTRUCTURING_NEED",
    "RELEVANCE",
    "PLAN_QUALITY",
    "FEASIBILITY",
    "PRIORITY_GROUPS",
    "COST_PER_PARTICIPANT"
  };
  private static final int[] RUBRIC_WEIGHTS = {25, 20, 20, 15, 10, 10};

  private final int n;
  private final String url;
  private final String user;
  private final String password;
  private final long seed;
  private final boolean wipe;
  private final String sqlLocation;

  private String[] counties;
  private int[] inhabitants;
  private int countyCount;

  // Companies, by index (id = index + 1).
  private int[][] companiesOfCounty;
  private byte[] companyNace;
  private byte[] companyForm;
  private short[] companyEmployees;
  private String[] companyName;
  private String[] companyOrg;

  // Budget lines [year][county]: allocated and the ledger sums so far, in øre.
  private long[][] allocated;
  private long[][] commitments;
  private long[][] disbursed;
  private long[][] released;
  private long[][] reclaimed;
  private int[][] referenceCounter;

  // Payment exports per county and year of payment (2020-2029).
  private final int[][] exportPayments = new int[11][10];
  private final long[][] exportTotal = new long[11][10];

  private long ledgerId;
  private long decisionId;
  private long recommendationId;
  private long paymentId;
  private long costLineId;
  private long planLineId;
  private long appealId;
  private long reclaimId;
  private int rejectedForMoney;

  SyntheticData(
      int n,
      String url,
      String user,
      String password,
      long seed,
      boolean wipe,
      String sqlLocation) {
    this.n = n;
    this.url = withBulkOptions(url);
    this.user = user;
    this.password = password;
    this.seed = seed;
    this.wipe = wipe;
    this.sqlLocation = sqlLocation;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("generate.db", "jdbc:mariadb://127.0.0.1:3306/bio_bench");
    int n = Integer.parseInt(System.getProperty("generate.n", "1000").replace("_", ""));
    new SyntheticData(
            n,
            url,
            System.getProperty("generate.user", "bio"),
            System.getProperty("generate.password", "bio"),
            Long.parseLong(System.getProperty("generate.seed", "2020")),
            Boolean.parseBoolean(System.getProperty("generate.wipe", "false")),
            System.getProperty("generate.sql", "filesystem:sql"))
        .run();
  }

  void run() throws Exception {
    long start = System.nanoTime();
    refuseTestDatabases();
    prepareSchema();
    loadCounties();
    long schemaDone = System.nanoTime();
    log(
        "schema ready in %.1f s; generating %,d applications (seed %d)",
        seconds(start, schemaDone), n, seed);

    planAllocations();
    List<String[]> indexes = dropSecondaryIndexes();
    Progress progress = new Progress(n);
    progress.start();
    try (Writers w = new Writers()) {
      writeUsers(w);
      writeBudgetAndSchemes(w);
      writeCompanies(w);
      for (int i = 0; i < n; i++) {
        writeApplication(w, i);
        progress.applications = i + 1;
      }
      writeCounters(w);
      writeExports(w);
      writeBudgetLines(w);
    } finally {
      progress.stopNow();
    }
    long written = TableWriter.ROWS.get();
    double loadSeconds = seconds(schemaDone, System.nanoTime());
    log(
        "wrote %,d rows in %.1f s (%,.0f rows/s, %,.0f applications/s); %,d grants rejected for want of money",
        written, loadSeconds, written / loadSeconds, n / loadSeconds, rejectedForMoney);
    long indexStart = System.nanoTime();
    restoreIndexes(indexes);
    log("rebuilt %d indexes in %.1f s", indexes.size(), seconds(indexStart, System.nanoTime()));
    analyzeAndCheck();
    log("done in %.1f s", seconds(start, System.nanoTime()));
  }

  // ---- schema -------------------------------------------------------------------------------

  private void refuseTestDatabases() {
    String database = url.replaceFirst("^jdbc:[a-z]+://[^/]*/", "").replaceFirst("[?;].*$", "");
    if (database.isBlank() || database.toLowerCase(Locale.ROOT).startsWith("bio_it")) {
      throw new IllegalArgumentException(
          "Refusing database '"
              + database
              + "': name a benchmark database of its own, e.g. bio_bench");
    }
  }

  private void prepareSchema() throws SQLException {
    boolean hasData;
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      hasData =
          count(
                      s,
                      "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                          + " AND table_name IN ('grant_application', 'app_user')")
                  > 0
              && (count(s, "SELECT COUNT(*) FROM (SELECT id FROM app_user LIMIT 1) u") > 0
                  || count(s, "SELECT COUNT(*) FROM (SELECT id FROM grant_application LIMIT 1) a")
                      > 0);
    }
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations(sqlLocation)
            .cleanDisabled(!wipe)
            .load();
    if (hasData) {
      if (!wipe) {
        throw new IllegalStateException(
            "The database has data already; run again with -Dgenerate.wipe=true to wipe it first");
      }
      log("wiping the database (Flyway clean)");
      flyway.clean();
    }
    flyway.migrate();
  }

  /**
   * The big tables, whose secondary indexes are built after the load (one sort each, not a row at a
   * time).
   */
  private static final List<String> BULK_TABLES =
      List.of(
          "grant_application",
          "cost_plan_line",
          "training_plan_line",
          "recommendation",
          "decision",
          "ledger_entry",
          "payment_request",
          "company");

  /**
   * Drops the big tables' secondary indexes (foreign-key ones too: the session has foreign-key
   * checks off) and gives back what {@link #restoreIndexes} needs to add them again: table, index
   * name, UNIQUE or not, columns. The schema is whole only after the restore; a run that dies in
   * between leaves a database to wipe.
   */
  private List<String[]> dropSecondaryIndexes() throws SQLException {
    List<String[]> indexes = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("SET SESSION foreign_key_checks = 0");
      try (ResultSet r =
          s.executeQuery(
              "SELECT table_name, index_name, MIN(non_unique), GROUP_CONCAT(CONCAT('`', column_name, '`',"
                  + " IF(sub_part IS NULL, '', CONCAT('(', sub_part, ')'))) ORDER BY seq_in_index SEPARATOR ', ')"
                  + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name <> 'PRIMARY'"
                  + " AND table_name IN ('"
                  + String.join("', '", BULK_TABLES)
                  + "')"
                  + " GROUP BY table_name, index_name ORDER BY table_name, index_name")) {
        while (r.next()) {
          indexes.add(
              new String[] {
                r.getString(1), r.getString(2), r.getInt(3) == 0 ? "UNIQUE " : "", r.getString(4)
              });
        }
      }
      for (String table : BULK_TABLES) {
        List<String> drops =
            indexes.stream()
                .filter(i -> i[0].equals(table))
                .map(i -> "DROP INDEX `" + i[1] + "`")
                .toList();
        if (!drops.isEmpty()) {
          s.execute("ALTER TABLE " + table + " " + String.join(", ", drops));
        }
      }
    }
    return indexes;
  }

  /** Adds the dropped indexes again, one ALTER TABLE per table, two tables at a time. */
  private void restoreIndexes(List<String[]> indexes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String table : BULK_TABLES) {
        List<String> adds =
            indexes.stream()
                .filter(i -> i[0].equals(table))
                .map(i -> "ADD " + i[2] + "INDEX `" + i[1] + "` (" + i[3] + ")")
                .toList();
        if (adds.isEmpty()) {
          continue;
        }
        done.add(
            pool.submit(
                () -> {
                  try (Connection c = connect();
                      Statement s = c.createStatement()) {
                    s.execute("SET SESSION foreign_key_checks = 0");
                    s.execute("ALTER TABLE " + table + " " + String.join(", ", adds));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private void loadCounties() throws SQLException {
    List<String> codes = new ArrayList<>();
    List<Integer> people = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT c.code, p.inhabitants FROM county c JOIN county_population p ON p.county_code = c.code"
                    + " WHERE p.population_year = (SELECT MAX(population_year) FROM county_population) ORDER BY c.code")) {
      while (r.next()) {
        codes.add(r.getString(1));
        people.add(r.getInt(2));
      }
    }
    counties = codes.toArray(String[]::new);
    inhabitants = people.stream().mapToInt(Integer::intValue).toArray();
    countyCount = counties.length;
  }

  // ---- the plan: what each application becomes, drawn from its own random stream ------------

  /** The first draws of application i, which the allocation pass needs too. */
  private record Plan(
      SplittableRandom random,
      int county,
      int year,
      int half,
      String status,
      long applied,
      long grant) {}

  private Plan plan(int i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    int county = Spread.pick(random, inhabitants);
    int year = Spread.pick(random, Spread.YEAR_WEIGHTS);
    int half = random.nextInt(2);
    int[] weights =
        Spread.YEARS[year] >= 2023 ? Spread.STATUS_WEIGHTS_RECENT : Spread.STATUS_WEIGHTS_SETTLED;
    String status = Spread.STATUSES[Spread.pick(random, weights)];
    long applied = Spread.amountApplied(random);
    long grant = 0;
    if (isGrant(status)) {
      long capped = Math.min(applied, CEILING);
      boolean partial = status.equals("PARTIALLY_GRANTED") || random.nextInt(100) < 12;
      grant =
          partial
              ? Math.max(10_000, capped * (50 + random.nextInt(41)) / 100 / 1000 * 1000)
              : capped;
    }
    return new Plan(random, county, year, half, status, applied, grant);
  }

  private static boolean isGrant(String status) {
    return switch (status) {
      case "GRANTED",
          "PARTIALLY_GRANTED",
          "ACCEPTED",
          "IN_PROGRESS",
          "FINAL_REPORTED",
          "CLOSED",
          "CANCELLED",
          "RECLAIMED" ->
          true;
      default -> false;
    };
  }

  /** Each year's allocation: the grants planned plus 10 %, in whole MNOK, split per inhabitant. */
  private void planAllocations() {
    int years = Spread.YEARS.length;
    long[][] demand = new long[years][countyCount];
    for (int i = 0; i < n; i++) {
      Plan p = plan(i);
      demand[p.year][p.county] += p.grant;
    }
    allocated = new long[years][countyCount];
    commitments = new long[years][countyCount];
    disbursed = new long[years][countyCount];
    released = new long[years][countyCount];
    reclaimed = new long[years][countyCount];
    referenceCounter = new int[years][countyCount];
    long people = 0;
    for (int inhabitant : inhabitants) {
      people += inhabitant;
    }
    for (int y = 0; y < years; y++) {
      long sum = 0;
      for (long d : demand[y]) {
        sum += d;
      }
      long total = Math.max(1, (sum * 11 / 10 + MNOK - 1) / MNOK) * MNOK;
      long split = 0;
      for (int c = 0; c < countyCount; c++) {
        long share = total * inhabitants[c] / people / 1000 * 1000;
        allocated[y][c] = share * 100;
        split += share;
      }
      allocated[y][0] +=
          (total - split) * 100; // the remainder on the first county (03 Oslo), as the state does
    }
  }

  // ---- reference data -------------------------------------------------------------------------

  private void writeUsers(Writers w) throws Exception {
    String hash = pbkdf2(PASSWORD);
    LocalDateTime created = LocalDateTime.of(2020, 1, 2, 8, 0);
    long id = 0;
    TableWriter users = w.users;
    for (int c = 0; c < countyCount; c++) {
      String code = counties[c];
      users.add(++id, "saksbehandler." + code, "Saksbehandler " + code, hash, code, true, created);
      w.roles.add(id, "CASEWORKER");
      users.add(++id, "leder." + code, "Leder " + code, hash, code, true, created);
      w.roles.add(id, "APPROVER");
      users.add(++id, "soker." + code, "Søker " + code, hash, null, true, created);
      w.roles.add(id, "APPLICANT");
    }
    users.add(++id, "analytiker", "Anders Analytiker", hash, null, true, created);
    w.roles.add(id, "ANALYST");
    w.apiKeys.add(1L, id, sha256Hex(ANALYST_API_KEY), "Benchmark: rapport-API", created);
    users.add(++id, "admin", "Ada Admin", hash, null, true, created);
    w.roles.add(id, "ADMIN");
  }

  private void writeBudgetAndSchemes(Writers w) {
    for (int y = 0; y < Spread.YEARS.length; y++) {
      int year = Spread.YEARS[y];
      long total = 0;
      for (long a : allocated[y]) {
        total += a;
      }
      String name = "BIO " + year + " (syntetisk, " + total / 100 / MNOK + " MNOK)";
      LocalDateTime at = LocalDateTime.of(year, 1, 10, 9, 0);
      w.allocations.add(
          y + 1L,
          name,
          "Statsbudsjettet " + year + ", BIO",
          year,
          ore(total),
          false,
          "PER_INHABITANT",
          at,
          "admin");
      w.allocationPurposes.add(y + 1L, "BIO");
      for (int c = 0; c < countyCount; c++) {
        long line = lineId(y, c);
        w.ledger.add(++ledgerId, line, "ALLOCATION", ore(allocated[y][c]), at, "admin", null, name);
        long scheme = line;
        w.schemes.add(
            scheme,
            counties[c],
            year,
            "BIO " + year + " " + counties[c],
            new BigDecimal("0.500000"),
            BigDecimal.valueOf(CEILING).setScale(2),
            BigDecimal.valueOf(DELEGATION_LIMIT).setScale(2),
            new BigDecimal("0.750000"));
        for (int half = 0; half < 2; half++) {
          long round = roundId(y, c, half);
          w.rounds.add(
              round,
              scheme,
              (half == 0 ? "Vår " : "Høst ") + year,
              opens(year, half),
              deadline(year, half),
              false,
              line);
          for (int k = 0; k < RUBRIC.length; k++) {
            w.rubric.add(round * 10 + k, round, RUBRIC[k], RUBRIC_WEIGHTS[k], k + 1);
          }
        }
      }
    }
  }

  private void writeCompanies(Writers w) {
    int companies = Math.max(countyCount, n / 4);
    SplittableRandom random = new SplittableRandom(seed + 17);
    companyNace = new byte[companies];
    companyForm = new byte[companies];
    companyEmployees = new short[companies];
    companyName = new String[companies];
    companyOrg = new String[companies];
    int[] perCounty = new int[countyCount];
    int[] countyOf = new int[companies];
    int candidate = 0;
    for (int k = 0; k < companies; k++) {
      int c = k < countyCount ? k : Spread.pick(random, inhabitants);
      countyOf[k] = c;
      perCounty[c]++;
      String org;
      do {
        org = Spread.orgNumber(candidate++);
      } while (org == null);
      String[][] places = Spread.municipalities(counties[c]);
      String[] place = places[random.nextInt(places.length)];
      companyNace[k] = (byte) Spread.pick(random, Spread.NACE_WEIGHTS);
      companyForm[k] = (byte) Spread.pick(random, Spread.LEGAL_FORM_WEIGHTS);
      companyEmployees[k] = (short) Spread.employees(random);
      String form = Spread.LEGAL_FORMS[companyForm[k]];
      companyName[k] =
          Spread.NAME_FIRST[random.nextInt(Spread.NAME_FIRST.length)]
              + " "
              + Spread.NAME_SECOND[random.nextInt(Spread.NAME_SECOND.length)]
              + " "
              + place[1]
              + " "
              + form;
      companyOrg[k] = org;
      w.companies.add(
          k + 1L,
          org,
          companyName[k],
          form,
          Spread.NACE[companyNace[k]],
          (int) companyEmployees[k],
          place[1],
          counties[c],
          Spread.bankAccount(k),
          place[0]);
      String[] contact = Spread.CONTACTS[random.nextInt(Spread.CONTACTS.length)];
      w.contacts.add(k + 1L, 1, contact[0], "post" + (k + 1) + "@bedrift.example", contact[1]);
    }
    companiesOfCounty = new int[countyCount][];
    for (int c = 0; c < countyCount; c++) {
      companiesOfCounty[c] = new int[perCounty[c]];
    }
    int[] filled = new int[countyCount];
    for (int k = 0; k < companies; k++) {
      companiesOfCounty[countyOf[k]][filled[countyOf[k]]++] = k;
    }
  }

  // ---- one application and everything that hangs on it ---------------------------------------

  private void writeApplication(Writers w, int i) {
    Plan p = plan(i);
    SplittableRandom random = p.random;
    int y = p.year;
    int c = p.county;
    int year = Spread.YEARS[y];
    String county = counties[c];
    String caseworker = "saksbehandler." + county;
    String approver = "leder." + county;
    String applicant = "soker." + county;
    long id = i + 1L;
    long round = roundId(y, c, p.half);
    long line = lineId(y, c);
    String status = p.status;
    long grant = p.grant;
    if (grant > 0 && commitments[y][c] + grant * 100 > allocated[y][c]) {
      status = "REJECTED"; // the line has no room left: rejected, as when a county's money runs out
      rejectedForMoney++;
    }
    boolean moneyGone = grant > 0 && status.equals("REJECTED");
    if (moneyGone) {
      grant = 0;
    }
    if (grant > 0 && (status.equals("GRANTED") || status.equals("PARTIALLY_GRANTED"))) {
      status =
          grant < p.applied
              ? "PARTIALLY_GRANTED"
              : "GRANTED"; // awaiting acceptance: the status is the decision's
    }

    int[] ofCounty = companiesOfCounty[c];
    int company = ofCounty[random.nextInt(ofCounty.length)];
    int purpose = Spread.pick(random, Spread.PURPOSE_WEIGHTS);
    LocalDate opens = opens(year, p.half);
    LocalDate deadline = deadline(year, p.half);
    LocalDateTime submittedAt =
        at(
            opens.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(opens, deadline) + 1)),
            random);
    LocalDateTime createdAt =
        submittedAt.minusDays(1 + random.nextInt(20)).minusMinutes(random.nextInt(600));
    boolean submitted = !status.equals("DRAFT");
    String reference = null;
    if (submitted) {
      reference = Spread.reference(year, ++referenceCounter[y][c]);
    }

    long applied = p.applied;
    long eligible = (applied * 2 * (100 + random.nextInt(31)) / 100 + 999) / 1000 * 1000;
    long trainers = eligible * (35 + random.nextInt(26)) / 100 / 1000 * 1000;
    long wages = eligible - trainers;
    boolean inCasework = submitted && !status.equals("SUBMITTED") && !status.equals("WITHDRAWN");
    String assignee = inCasework ? caseworker : null;
    boolean recommended =
        status.equals("RECOMMENDED")
            || status.equals("REJECTED")
            || status.equals("APPEALED")
            || grant > 0;
    BigDecimal score = null;
    if (recommended || (status.equals("IN_REVIEW") && random.nextInt(10) < 6)) {
      score = BigDecimal.valueOf(2000 + random.nextInt(7600), 2);
    }
    String word = Spread.PURPOSE_WORDS[purpose];
    LocalDate trainingStart = submittedAt.toLocalDate().plusDays(14 + random.nextInt(47));
    String name = companyName[company];
    w.applications.add(
        id,
        reference,
        round,
        company + 1L,
        county,
        status,
        "Opplæring i " + word + " – " + name,
        "Omstilling: bedriften tar i bruk nye arbeidsmåter, og de ansatte trenger opplæring i "
            + word
            + ".",
        Spread.PURPOSES[purpose],
        kroner(applied),
        name,
        companyOrg[company],
        Spread.NACE[companyNace[company]],
        (int) companyEmployees[company],
        applicant,
        createdAt,
        submitted ? submittedAt : null,
        assignee,
        score,
        "Bortfall av oppdrag gjør at bedriften må endre hvordan den arbeider: " + word + ".",
        trainingStart,
        trainingStart.plusMonths(2 + random.nextInt(11)),
        kroner(eligible - applied),
        kroner(0),
        "Daglig leder",
        "Tillitsvalgt for de ansatte",
        Spread.LEGAL_FORMS[companyForm[company]],
        county);
    w.costLines.add(++costLineId, id, 1, "TRAINERS", "Ekstern kursleverandør", kroner(trainers));
    w.costLines.add(
        ++costLineId,
        id,
        2,
        "PARTICIPANT_WAGES",
        "Lønn til deltakere i opplæringstimer",
        kroner(wages));
    int participants = Math.max(1, Math.min(companyEmployees[company], 2 + random.nextInt(40)));
    int hours = 10 + random.nextInt(111);
    w.planLines.add(
        ++planLineId,
        id,
        1,
        "Kurs i " + word,
        random.nextInt(4) == 0 ? "INTERNAL" : "EXTERNAL",
        hours,
        2 + random.nextInt(25),
        participants,
        random.nextInt(participants / 3 + 1),
        random.nextInt(2));

    if (!recommended && !status.equals("DISMISSED")) {
      return;
    }
    LocalDateTime decidedAt = at(deadline.plusDays(20 + random.nextInt(71)), random);
    LocalDateTime recommendedAt = decidedAt.minusDays(3 + random.nextInt(13));
    Long recommendation = null;
    String basis = random.nextInt(100) < 85 ? "DE_MINIMIS" : "GBER_ART_31";
    if (recommended) {
      long amount =
          status.equals("RECOMMENDED") ? Math.min(applied, CEILING) : moneyGone ? p.grant : grant;
      recommendation = ++recommendationId;
      w.recommendations.add(
          recommendation,
          id,
          kroner(amount),
          line,
          caseworker,
          recommendedAt,
          amount > 0 ? "Godt begrunnet omstillingsbehov." : "Rangert under finansieringslinjen.",
          amount > 0 ? basis : null);
    }
    if (status.equals("RECOMMENDED")) {
      return;
    }
    String outcome;
    String reasons;
    if (grant > 0) {
      outcome = grant < applied ? "PARTIALLY_GRANTED" : "GRANTED";
      reasons = "Søknaden oppfyller vilkårene og er godt rangert.";
    } else if (status.equals("DISMISSED")) {
      outcome = "DISMISSED";
      reasons = "Søknaden avvises fordi den mangler opplysninger som kreves.";
    } else {
      outcome = "REJECTED";
      reasons =
          moneyGone
              ? "Midlene på budsjettlinjen er brukt opp."
              : "Søknaden er rangert under finansieringslinjen.";
    }
    long decision = ++decisionId;
    w.decisions.add(
        decision,
        id,
        outcome,
        kroner(grant),
        grant > 0 ? line : null,
        approver,
        decidedAt,
        reasons,
        grant > DELEGATION_LIMIT
            ? "PS " + (1 + random.nextInt(150)) + "/" + decidedAt.getYear()
            : null,
        grant > 0 ? basis : null,
        grant > 0 ? decidedAt.toLocalDate().plusDays(21) : null,
        recommendation);
    if (status.equals("APPEALED")) {
      LocalDate received = decidedAt.toLocalDate().plusDays(5 + random.nextInt(15));
      w.appeals.add(
          ++appealId,
          id,
          decision,
          "REJECTED",
          random.nextBoolean() ? "ONLINE" : "LETTER",
          "Vi mener søknaden er feil vurdert og ber om ny behandling.",
          received,
          decidedAt.toLocalDate().plusDays(21),
          caseworker,
          at(received, random));
    }
    if (grant > 0) {
      writeMoney(
          w, random, id, y, c, line, status, grant, eligible, participants, hours, decidedAt);
    }
  }

  /** The grant's ledger entries and payment requests, as the status says it has come. */
  private void writeMoney(
      Writers w,
      SplittableRandom random,
      long application,
      int y,
      int c,
      long line,
      String status,
      long grant,
      long eligible,
      int participants,
      int hours,
      LocalDateTime decidedAt) {
    String county = counties[c];
    String caseworker = "saksbehandler." + county;
    String approver = "leder." + county;
    long grantOre = grant * 100;
    book(w, line, "COMMITMENT", grantOre, decidedAt, approver, application, null);
    commitments[y][c] += grantOre;
    if (status.equals("CANCELLED")) {
      LocalDateTime lapsed = decidedAt.plusDays(22 + random.nextInt(14));
      book(
          w,
          line,
          "RELEASE",
          grantOre,
          lapsed,
          caseworker,
          application,
          "Tilsagnet ble ikke akseptert innen fristen.");
      released[y][c] += grantOre;
      return;
    }
    if (!(status.equals("IN_PROGRESS")
        || status.equals("FINAL_REPORTED")
        || status.equals("CLOSED")
        || status.equals("RECLAIMED"))) {
      return; // granted or accepted: committed, nothing paid yet
    }
    LocalDateTime accepted = decidedAt.plusDays(2 + random.nextInt(19));
    LocalDateTime partAt = accepted.plusDays(30 + random.nextInt(151));
    long partOre = grantOre * 3 / 4;
    long partCosts = eligible * (50 + random.nextInt(31)) / 100;
    pay(
        w,
        random,
        application,
        c,
        line,
        "PART",
        partOre,
        partCosts,
        null,
        null,
        null,
        false,
        partAt);
    disbursed[y][c] += partOre;
    if (status.equals("RECLAIMED")) {
      LocalDateTime at = partAt.plusDays(60 + random.nextInt(141));
      long reclaimOre = partOre * (30 + random.nextInt(71)) / 100 / 100 * 100;
      long entry =
          book(
              w,
              line,
              "RECLAIM",
              reclaimOre,
              at,
              approver,
              application,
              "Vilkårene for tilskuddet er ikke oppfylt.");
      w.reclaims.add(
          ++reclaimId,
          application,
          ore(reclaimOre),
          "Opplæringen ble ikke gjennomført som planlagt.",
          approver,
          at,
          entry);
      book(
          w,
          line,
          "RELEASE",
          grantOre - partOre,
          at,
          approver,
          application,
          "Ubetalt del av tilsagnet frigitt ved tilbakebetaling.");
      reclaimed[y][c] += reclaimOre;
      released[y][c] += grantOre - partOre;
      return;
    }
    LocalDateTime finalAt = partAt.plusDays(60 + random.nextInt(241));
    String report = "Opplæringen er gjennomført for " + participants + " deltakere.";
    boolean attested = grant > 200_000;
    if (status.equals("FINAL_REPORTED")) {
      w.payments.add(
          ++paymentId,
          application,
          "FINAL",
          "SUBMITTED",
          kroner(eligible),
          participants,
          participants * hours,
          report,
          attested,
          attested ? "Revisjon AS" : null,
          "soker." + county,
          finalAt,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
      return;
    }
    long earnedOre =
        random.nextInt(100) < 80 ? grantOre : grantOre * (80 + random.nextInt(20)) / 100;
    long finalCosts = earnedOre == grantOre ? eligible : eligible * earnedOre / grantOre;
    pay(
        w,
        random,
        application,
        c,
        line,
        "FINAL",
        earnedOre - partOre,
        finalCosts,
        participants,
        participants * hours,
        report,
        attested,
        finalAt);
    disbursed[y][c] += earnedOre - partOre;
    if (earnedOre < grantOre) {
      book(
          w,
          line,
          "RELEASE",
          grantOre - earnedOre,
          finalAt,
          caseworker,
          application,
          "Ubrukt del av tilsagnet frigitt ved sluttutbetaling.");
      released[y][c] += grantOre - earnedOre;
    }
  }

  private void pay(
      Writers w,
      SplittableRandom random,
      long application,
      int c,
      long line,
      String kind,
      long amountOre,
      long documentedCosts,
      Integer participants,
      Integer trainingHours,
      String report,
      boolean attested,
      LocalDateTime paidAt) {
    String county = counties[c];
    long entry =
        book(
            w,
            line,
            "DISBURSEMENT",
            amountOre,
            paidAt,
            "saksbehandler." + county,
            application,
            null);
    LocalDateTime requested = paidAt.minusDays(5 + random.nextInt(16));
    LocalDateTime firstApproved = paidAt.minusDays(1 + random.nextInt(4));
    boolean fourEyes = amountOre > 100_000 * 100;
    int exportYear = Math.min(9, paidAt.getYear() - 2020);
    exportPayments[c][exportYear]++;
    exportTotal[c][exportYear] += amountOre;
    w.payments.add(
        ++paymentId,
        application,
        kind,
        "PAID",
        kroner(documentedCosts),
        participants,
        trainingHours,
        report,
        attested,
        attested ? "Revisjon AS" : null,
        "soker." + county,
        requested,
        ore(amountOre),
        "saksbehandler." + county,
        firstApproved,
        fourEyes ? "leder." + county : null,
        fourEyes ? paidAt : null,
        entry,
        exportId(c, exportYear));
  }

  private long book(
      Writers w,
      long line,
      String type,
      long amountOre,
      LocalDateTime at,
      String actor,
      long application,
      String note) {
    w.ledger.add(++ledgerId, line, type, ore(amountOre), at, actor, application, note);
    return ledgerId;
  }

  // ---- what is written last: counters, payment files, balance rows -----------------------------

  private void writeCounters(Writers w) {
    for (int y = 0; y < Spread.YEARS.length; y++) {
      for (int c = 0; c < countyCount; c++) {
        if (referenceCounter[y][c] > 0) {
          w.counters.add(counties[c], Spread.YEARS[y], referenceCounter[y][c]);
        }
      }
    }
  }

  private void writeExports(Writers w) {
    for (int c = 0; c < countyCount; c++) {
      for (int k = 0; k < 10; k++) {
        if (exportPayments[c][k] > 0) {
          w.exports.add(
              exportId(c, k),
              counties[c],
              "saksbehandler." + counties[c],
              LocalDateTime.of(2020 + k, 12, 31, 14, 0),
              exportPayments[c][k],
              ore(exportTotal[c][k]));
        }
      }
    }
  }

  private void writeBudgetLines(Writers w) {
    for (int y = 0; y < Spread.YEARS.length; y++) {
      for (int c = 0; c < countyCount; c++) {
        long committedNet = commitments[y][c] - released[y][c] - reclaimed[y][c];
        w.lines.add(
            lineId(y, c),
            y + 1L,
            counties[c],
            Spread.YEARS[y],
            "BIO " + Spread.YEARS[y] + " " + counties[c],
            ore(allocated[y][c]),
            ore(0),
            ore(committedNet),
            ore(disbursed[y][c]),
            ore(released[y][c]),
            ore(reclaimed[y][c]));
      }
    }
  }

  /** Fresh statistics for the optimiser, the ledger check (must find nothing), and the size. */
  private void analyzeAndCheck() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      long start = System.nanoTime();
      s.execute(
          "ANALYZE TABLE grant_application, company, ledger_entry, decision, recommendation, payment_request,"
              + " cost_plan_line, training_plan_line, budget_line");
      log("analyzed in %.1f s", seconds(start, System.nanoTime()));
      start = System.nanoTime();
      long mismatches =
          count(
              s,
              // The ledger summed in one sequential scan (by its line index it is a random read per
              // entry).
              "SELECT COUNT(*) FROM budget_line b LEFT JOIN (SELECT budget_line_id,"
                  + " SUM(CASE WHEN entry_type = 'ALLOCATION' THEN amount ELSE 0 END) AS allocated,"
                  + " SUM(CASE WHEN entry_type = 'COMMITMENT' THEN amount"
                  + "   WHEN entry_type IN ('RELEASE', 'RECLAIM') THEN -amount ELSE 0 END) AS committed,"
                  + " SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount ELSE 0 END) AS disbursed,"
                  + " SUM(CASE WHEN entry_type = 'RELEASE' THEN amount ELSE 0 END) AS released,"
                  + " SUM(CASE WHEN entry_type = 'RECLAIM' THEN amount ELSE 0 END) AS reclaimed"
                  + " FROM ledger_entry IGNORE INDEX (ix_ledger_line_time) GROUP BY budget_line_id) e ON e.budget_line_id = b.id"
                  + " WHERE b.allocated <> COALESCE(e.allocated, 0) OR b.committed <> COALESCE(e.committed, 0)"
                  + " OR b.disbursed <> COALESCE(e.disbursed, 0) OR b.released <> COALESCE(e.released, 0)"
                  + " OR b.reclaimed <> COALESCE(e.reclaimed, 0) OR b.transferred <> 0");
      log(
          "ledger check in %.1f s: %d budget lines differ from their ledger%s",
          seconds(start, System.nanoTime()),
          mismatches,
          mismatches == 0 ? " (as it must be)" : " (BUG)");
      try (ResultSet r =
          s.executeQuery(
              "SELECT ROUND(SUM(data_length + index_length) / 1048576), SUM(table_rows) FROM information_schema.tables"
                  + " WHERE table_schema = DATABASE()")) {
        r.next();
        log("database size: %,d MiB (data and indexes, as InnoDB reports them)", r.getLong(1));
      }
      if (mismatches != 0) {
        throw new IllegalStateException("Ledger and balance rows differ");
      }
    }
  }

  // ---- small helpers --------------------------------------------------------------------------

  private long lineId(int y, int c) {
    return (long) y * countyCount + c + 1;
  }

  private long roundId(int y, int c, int half) {
    return ((long) y * countyCount + c) * 2 + half + 1;
  }

  private long exportId(int c, int yearIndex) {
    return (long) c * 10 + yearIndex + 1;
  }

  private static LocalDate opens(int year, int half) {
    return half == 0 ? LocalDate.of(year, 1, 15) : LocalDate.of(year, 8, 15);
  }

  private static LocalDate deadline(int year, int half) {
    return half == 0 ? LocalDate.of(year, 4, 30) : LocalDate.of(year, 10, 31);
  }

  /** A time in office hours (UTC, as the application stores instants). */
  private static LocalDateTime at(LocalDate day, SplittableRandom random) {
    return day.atTime(6 + random.nextInt(9), random.nextInt(60), random.nextInt(60));
  }

  private static BigDecimal kroner(long kroner) {
    return BigDecimal.valueOf(kroner * 100, 2);
  }

  private static BigDecimal ore(long ore) {
    return BigDecimal.valueOf(ore, 2);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Bulk inserts (COM_STMT_BULK_EXECUTE) for batches, unless the URL says otherwise. */
  private static String withBulkOptions(String url) {
    if (url.contains("useBulkStmts")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "useBulkStmts=true&useBulkStmtsForInserts=true";
  }

  /**
   * The password hash in the format of Jakarta Security's Pbkdf2PasswordHash, as the application's
   * users have.
   */
  static String pbkdf2(String password) throws Exception {
    byte[] salt =
        MessageDigest.getInstance("SHA-256")
            .digest("synthetic-data".getBytes(StandardCharsets.UTF_8));
    int iterations = 210_000;
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
            .getEncoded();
    return "PBKDF2WithHmacSHA256:"
        + iterations
        + ":"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  static String sha256Hex(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  static void log(String format, Object... args) {
    System.out.println("[generate] " + String.format(Locale.ROOT, format, args));
  }

  /** Prints applications and rows written per second every five seconds. */
  private static final class Progress extends Thread {
    private final int total;
    volatile int applications;
    private volatile boolean running = true;

    Progress(int total) {
      super("progress");
      this.total = total;
      setDaemon(true);
    }

    @Override
    public void run() {
      long start = System.nanoTime();
      long lastRows = 0;
      long last = start;
      while (running) {
        try {
          Thread.sleep(5_000);
        } catch (InterruptedException e) {
          return;
        }
        long now = System.nanoTime();
        long rows = TableWriter.ROWS.get();
        log(
            "%,d / %,d applications made, %,d rows stored (%,.0f rows/s now, %,.0f on average)",
            applications,
            total,
            rows,
            (rows - lastRows) / seconds(last, now),
            rows / seconds(start, now));
        lastRows = rows;
        last = now;
      }
    }

    void stopNow() {
      running = false;
      interrupt();
    }
  }

  /** One writer per table, each on its own connection. */
  private final class Writers implements AutoCloseable {
    final TableWriter users =
        writer(
            "app_user",
            "id",
            "username",
            "display_name",
            "password_hash",
            "county_code",
            "active",
            "created_at");
    final TableWriter roles = writer("app_user_role", "user_id", "role");
    final TableWriter apiKeys =
        writer("api_key", "id", "user_id", "key_hash", "label", "created_at");
    final TableWriter allocations =
        writer(
            "allocation",
            "id",
            "name",
            "source",
            "allocation_year",
            "amount",
            "flexible",
            "split_method",
            "created_at",
            "created_by");
    final TableWriter allocationPurposes = writer("allocation_purpose", "allocation_id", "purpose");
    final TableWriter lines =
        writer(
            "budget_line",
            "id",
            "allocation_id",
            "county_code",
            "budget_year",
            "name",
            "allocated",
            "transferred",
            "committed",
            "disbursed",
            "released",
            "reclaimed");
    final TableWriter schemes =
        writer(
            "scheme",
            "id",
            "county_code",
            "scheme_year",
            "name",
            "aid_intensity",
            "company_ceiling",
            "delegation_limit",
            "part_payment_share");
    final TableWriter rounds =
        writer(
            "funding_round",
            "id",
            "scheme_id",
            "name",
            "opens_on",
            "deadline",
            "rolling",
            "budget_line_id");
    final TableWriter rubric =
        writer("rubric_criterion", "id", "round_id", "code", "weight_percent", "position");
    final TableWriter companies =
        writer(
            "company",
            "id",
            "org_number",
            "name",
            "legal_form",
            "nace_code",
            "employees",
            "municipality_name",
            "county_code",
            "bank_account",
            "municipality_number");
    final TableWriter contacts =
        writer("company_contact", "company_id", "position", "name", "email", "phone");
    final TableWriter applications =
        writer(
            "grant_application",
            "id",
            "reference",
            "round_id",
            "company_id",
            "county_code",
            "status",
            "title",
            "description",
            "training_purpose",
            "amount_applied",
            "company_name",
            "org_number",
            "nace_code",
            "employees",
            "created_by",
            "created_at",
            "submitted_at",
            "assignee",
            "score",
            "restructuring",
            "training_start",
            "training_end",
            "own_contribution",
            "other_public_funding",
            "committee_management",
            "committee_employees",
            "company_legal_form",
            "company_county");
    final TableWriter costLines =
        writer(
            "cost_plan_line",
            "id",
            "application_id",
            "position",
            "category",
            "description",
            "amount");
    final TableWriter planLines =
        writer(
            "training_plan_line",
            "id",
            "application_id",
            "position",
            "what",
            "provider",
            "hours",
            "weeks",
            "participants",
            "laid_off",
            "apprentices");
    final TableWriter recommendations =
        writer(
            "recommendation",
            "id",
            "application_id",
            "amount",
            "budget_line_id",
            "recommended_by",
            "recommended_at",
            "note",
            "state_aid_basis");
    final TableWriter decisions =
        writer(
            "decision",
            "id",
            "application_id",
            "outcome",
            "amount",
            "budget_line_id",
            "decided_by",
            "decided_at",
            "reasons",
            "committee_case_number",
            "state_aid_basis",
            "acceptance_deadline",
            "recommendation_id");
    final TableWriter appeals =
        writer(
            "appeal",
            "id",
            "application_id",
            "decision_id",
            "appealed_status",
            "channel",
            "grounds",
            "received_on",
            "deadline",
            "registered_by",
            "registered_at");
    final TableWriter ledger =
        writer(
            "ledger_entry",
            "id",
            "budget_line_id",
            "entry_type",
            "amount",
            "occurred_at",
            "actor",
            "application_id",
            "note");
    final TableWriter payments =
        writer(
            "payment_request",
            "id",
            "application_id",
            "kind",
            "status",
            "documented_costs",
            "participants",
            "training_hours",
            "report",
            "auditor_attested",
            "auditor_name",
            "requested_by",
            "requested_at",
            "amount",
            "first_approved_by",
            "first_approved_at",
            "second_approved_by",
            "second_approved_at",
            "ledger_entry_id",
            "export_id");
    final TableWriter reclaims =
        writer(
            "reclaim",
            "id",
            "application_id",
            "amount",
            "reason",
            "decided_by",
            "decided_at",
            "ledger_entry_id");
    final TableWriter counters =
        writer("reference_counter", "county_code", "counter_year", "last_value");
    final TableWriter exports =
        writer(
            "payment_export", "id", "county_code", "created_by", "created_at", "payments", "total");

    private TableWriter writer(String table, String... columns) {
      try {
        return new TableWriter(url, user, password, table, BATCH, columns);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "Cannot open a connection for " + table + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws Exception {
      TableWriter[] all = {
        users,
        roles,
        apiKeys,
        allocations,
        allocationPurposes,
        lines,
        schemes,
        rounds,
        rubric,
        companies,
        contacts,
        applications,
        costLines,
        planLines,
        recommendations,
        decisions,
        appeals,
        ledger,
        payments,
        reclaims,
        counters,
        exports
      };
      Exception first = null;
      for (TableWriter writer : all) {
        try {
          writer.close();
        } catch (Exception e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
