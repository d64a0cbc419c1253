package no.biogrants.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** /health/ready is UP only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (Exception e) {
      reachable = false;
    }
    boolean migrated = false;
    if (reachable) {
      try {
        migrated = migration.isMigrated() && !migration.hasPendingMigrations();
      } catch (RuntimeException e) {
        migrated = false;
      }
    }
    return HealthCheckResponse.named("database")
        .status(reachable && migrated)
        .withData("reachable", reachable)
        .withData("migrated", migrated)
        .build();
  }
}
