package no.biogrants.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data on startup when {@code bio.demo-data=true} (the one-command run and the
 * tests), once: a database that already has users is left alone. Production leaves the setting at
 * its default, false.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "bio.demo-data", defaultValue = "false")
  private boolean enabled;

  @Inject private DemoDataLoader loader;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    if (loader.alreadyLoaded()) {
      LOG.info("Demo data already present");
      return;
    }
    long start = System.nanoTime();
    loader.loadReferenceSetup();
    int applications = loader.loadApplications();
    LOG.info(
        () ->
            "Demo data loaded: "
                + applications
                + " applications in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }
}
