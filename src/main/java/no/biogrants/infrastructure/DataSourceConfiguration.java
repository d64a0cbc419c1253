package no.biogrants.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source, {@value #JNDI_NAME}. Driver class, URL, user and password come
 * from MicroProfile Config (system properties, environment variables such as {@code BIO_DB_URL},
 * then META-INF/microprofile-config.properties): the embedded H2 file database in MariaDB mode by
 * default, MariaDB in production and in the integration tests. See config/README.md.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "${MPCONFIG=bio.db.class}",
    url = "${MPCONFIG=bio.db.url}",
    user = "${MPCONFIG=bio.db.user}",
    password = "${MPCONFIG=bio.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // Check a pooled connection before handing it out, so the app survives a database restart.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/bio";
}
