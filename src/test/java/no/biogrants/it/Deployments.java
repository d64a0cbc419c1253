package no.biogrants.it;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import no.biogrants.attachment.Pdfs;
import no.biogrants.grantapplication.api.ApiFixturesServlet;
import no.biogrants.identity.ForgedActorProbe;
import no.biogrants.shared.Refusals;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Integration tests deploy the real WAR the build produced (target/ROOT.war, at the root context),
 * plus the test classes for in-container tests.
 *
 * <p>Most test classes deploy {@link #shared()}: they share one booted server and its database
 * ({@link SharedPayaraMicro}), so each of their tests makes the data it needs (a case of its own
 * through {@link CaseFixtures}, a company of its own) and never counts on the demo data staying as
 * loaded. A class whose tests change what every other test counts on (a throttle that locks out the
 * tests' address, a locked demo user) deploys {@link #ownServer()}, is tagged {@link #OWN_SERVER}
 * and runs in failsafe's execution of that name, after the shared ones, on a server of its own
 * booted on a freshly loaded database.
 *
 * <p>Classes whose tests count the demo data as loaded (the 2020 lines' published split, the demo
 * applicant's companies and rejected case) but change nothing the others count on deploy {@link
 * #demoServer()}, are tagged {@link #DEMO_SERVER} and share one server booted on a freshly loaded
 * database in failsafe's execution of that name: one boot instead of one per class.
 */
public final class Deployments {

  /** Marks the shared deployment; see {@link SharedPayaraMicro}. */
  private static final String SHARED_MARKER = "META-INF/bio-shared-server";

  /** Marks the deployment of the classes that count the demo data as loaded. */
  private static final String DEMO_MARKER = "META-INF/bio-demo-server";

  /** What the in-container tests use and the tests' own servlets and resources. */
  private static final Class<?>[] SHARED_HELPERS = {
    CaseFixtures.class,
    CaseStage.class,
    BigCompanyCases.class,
    DecidedCases.class,
    CaseFixturesServlet.class,
    Pdfs.class,
    ApiFixturesServlet.class,
    ForgedActorProbe.class,
    Refusals.class,
  };

  /**
   * The in-container test classes, by name (they are package-private): the shared server is booted
   * once with all of them and the helpers above.
   */
  private static final String[] SHARED_CLASSES = {
    "no.biogrants.applicant.CompanyProfileIT",
    "no.biogrants.assessment.FundingLineIT",
    "no.biogrants.attachment.AttachmentsIT",
    "no.biogrants.audit.AuditAppendOnlyIT",
    "no.biogrants.budget.AllocationsIT",
    "no.biogrants.budget.LedgerConcurrencyIT",
    "no.biogrants.budget.LedgerEntriesIT",
    "no.biogrants.casework.appeal.AppealMoneyIT",
    "no.biogrants.casework.appeal.AppealOutcomesIT",
    "no.biogrants.casework.appeal.AppealsIT",
    "no.biogrants.casework.GrantFlowDecisionsIT",
    "no.biogrants.casework.GrantFlowGatesIT",
    "no.biogrants.casework.GrantFlowGrantOnceIT",
    "no.biogrants.casework.GrantFlowQuestionsIT",
    "no.biogrants.casework.GrantFlowQueueIT",
    "no.biogrants.casework.GrantFlowSubmissionIT",
    "no.biogrants.payment.PaymentConcurrencyIT",
    "no.biogrants.payment.GrantTermsIT",
    "no.biogrants.payment.PaymentsIT",
    "no.biogrants.payment.ReclaimsIT",
    "no.biogrants.privacy.PersonalDataIT",
    "no.biogrants.staff.StaffIT",
  };

  /** The JUnit tag of the test classes that get a server of their own (pom.xml, failsafe). */
  public static final String OWN_SERVER = "own-server";

  /** The JUnit tag of the test classes that share {@link #demoServer()} (pom.xml, failsafe). */
  public static final String DEMO_SERVER = "demo-server";

  private Deployments() {}

  /**
   * The real WAR on a server booted for one test class only (tag the class {@link #OWN_SERVER}).
   */
  public static WebArchive ownServer(Class<?>... testClasses) {
    return testClasses.length == 0 ? realWar() : realWarWith(testClasses);
  }

  /**
   * The deployment the classes that count the demo data as loaded share (tag them {@link
   * #DEMO_SERVER}): the real WAR with the tests' helpers (cases made through {@link RemoteCases}),
   * booted once on a freshly loaded database for all of them, in the execution of that name.
   */
  public static WebArchive demoServer() {
    return realWarWith(SHARED_HELPERS).addAsResource(EmptyAsset.INSTANCE, DEMO_MARKER);
  }

  /**
   * The one deployment the test classes share (the real WAR with every in-container test class and
   * the tests' servlets): booted once for all of them. Client tests deploy it too, testable, and
   * run as client ({@code @RunAsClient}).
   */
  public static WebArchive shared() {
    WebArchive war = realWarWith(SHARED_HELPERS).addAsResource(EmptyAsset.INSTANCE, SHARED_MARKER);
    for (String type : SHARED_CLASSES) {
      war.addClass(type);
    }
    return war;
  }

  /**
   * The in-container test classes the shared server is booted with (DeploymentsTest checks them).
   */
  static List<String> sharedTestClasses() {
    return List.of(SHARED_CLASSES);
  }

  /**
   * Which booted server the archive shares: {@link #shared()}'s, {@link #demoServer()}'s (by their
   * markers) or none (null).
   */
  static String sharingOf(Archive<?> archive) {
    if (archive == null) {
      return null;
    }
    for (String marker : List.of(SHARED_MARKER, DEMO_MARKER)) {
      if (archive.contains("WEB-INF/classes/" + marker)) {
        return marker;
      }
    }
    return null;
  }

  static boolean isShared(Archive<?> archive) {
    return SHARED_MARKER.equals(sharingOf(archive));
  }

  /** The WAR as built, for client-side (browser) tests. */
  public static WebArchive realWar() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File("target/ROOT.war"))
        .as(WebArchive.class);
  }

  /**
   * The WAR with test classes and AssertJ added, for tests that run inside the server; their
   * requests are made by a caller with every role ({@link InContainerCaller}).
   */
  public static WebArchive realWarWith(Class<?>... testClasses) {
    return realWar()
        .addClasses(testClasses)
        .addClass(InContainerCaller.class)
        .addAsLibraries(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
