package no.biogrants.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date from sql/ (on the classpath as db/migration) before anything else
 * touches the database. On MariaDB, sql/mariadb/ (db/vendor/mariadb) is added: migrations H2, the
 * demo database, cannot read (the append-only triggers), numbered in the same sequence as sql/.
 * Bean-managed transactions: Flyway manages its own, and a JTA transaction around it breaks on
 * MariaDB's XA data source.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  static final String COMMON_LOCATION = "classpath:db/migration";
  static final String MARIADB_LOCATION = "classpath:db/vendor/mariadb";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  /** Wipes the database before migrating. Only for test databases; refused unless set. */
  @Inject
  @ConfigProperty(name = "bio.db.clean-on-start", defaultValue = "false")
  private boolean cleanOnStart;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .cleanDisabled(!cleanOnStart)
            .load();
    if (cleanOnStart) {
      LOG.warning("bio.db.clean-on-start=true: wiping the database before migrating");
      flyway.clean();
    }
    MigrateResult result = flyway.migrate();
    String version =
        flyway.info().current() == null
            ? "none"
            : flyway.info().current().getVersion().getVersion();
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    migrated = true;
  }

  public boolean isMigrated() {
    return migrated;
  }

  public boolean hasPendingMigrations() {
    return Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load()
            .info()
            .pending()
            .length
        > 0;
  }

  /** sql/ everywhere, and sql/mariadb/ too when the database is MariaDB (or MySQL). */
  String[] locations() {
    return locationsFor(databaseProduct());
  }

  static String[] locationsFor(String databaseProduct) {
    String product = databaseProduct == null ? "" : databaseProduct.toLowerCase(Locale.ROOT);
    return product.contains("mariadb") || product.contains("mysql")
        ? new String[] {COMMON_LOCATION, MARIADB_LOCATION}
        : new String[] {COMMON_LOCATION};
  }

  private String databaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }
}
