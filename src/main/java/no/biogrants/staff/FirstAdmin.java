package no.biogrants.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time bootstrap of an empty install (rule STF-S8): at startup, when {@code
 * bio.bootstrap.admin} names an e-mail and no admin exists yet, that person becomes the first
 * national admin with a one-time password that the log prints ({@link FirstAdminSetup}). Without
 * the setting, an install with no admin says in the log how to make one. With demo data on, the
 * demo's admin is the first admin and this does nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject
  @ConfigProperty(name = "bio.bootstrap.admin")
  private Optional<String> email;

  @Inject
  @ConfigProperty(name = "bio.bootstrap.token")
  private Optional<String> token;

  @Inject
  @ConfigProperty(name = "bio.demo-data", defaultValue = "false")
  private boolean demoData;

  @Inject private FirstAdminSetup setup;

  @PostConstruct
  void bootstrap() {
    if (demoData) {
      return;
    }
    try {
      setup.ensure(email.map(String::strip).filter(e -> !e.isEmpty()), token).forEach(LOG::info);
    } catch (EJBException e) {
      // Another node of the same install made the first admin at the same moment.
      LOG.log(Level.WARNING, "The first admin was not set up by this node: {0}", e.toString());
    }
  }
}
