package no.biogrants.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which migration folders run on which database: sql/mariadb/ only on MariaDB. */
class DatabaseMigrationTest {

  @Test
  void mariaDbRunsTheCommonAndItsOwnMigrations() {
    assertThat(DatabaseMigration.locationsFor("MariaDB"))
        .containsExactly("classpath:db/migration", "classpath:db/vendor/mariadb");
    assertThat(DatabaseMigration.locationsFor("MySQL"))
        .containsExactly("classpath:db/migration", "classpath:db/vendor/mariadb");
  }

  @Test
  void h2RunsOnlyTheCommonMigrations() {
    assertThat(DatabaseMigration.locationsFor("H2")).containsExactly("classpath:db/migration");
  }
}
