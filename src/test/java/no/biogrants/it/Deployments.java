package no.biogrants.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Integration tests deploy the real WAR the build produced (target/ROOT.war, at the root context),
 * plus the test classes for in-container tests.
 */
public final class Deployments {

  private Deployments() {}

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
    return realWar().addClasses(testClasses).addClass(InContainerCaller.class).addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
