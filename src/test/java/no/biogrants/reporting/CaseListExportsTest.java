package no.biogrants.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.biogrants.document.FileFormat;
import no.biogrants.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The background exports' bookkeeping, without the container's executor. */
class CaseListExportsTest {

  private static final Instant NOW = Instant.parse("2020-06-01T10:00:00Z");

  private static ExportJob job(String id, String owner, Instant startedAt) {
    return new ExportJob(id, owner, FileFormat.XLSX, id + ".xlsx", 10, startedAt);
  }

  @Test
  void repR7_atMostThreeRunningExportsPerUser() {
    CaseListExports exports = new CaseListExports(Clock.fixed(NOW, ZoneOffset.UTC));
    ExportJob first = job("1", "analytiker", NOW);
    exports.track(first);
    exports.track(job("2", "analytiker", NOW));
    exports.track(job("3", "analytiker", NOW));

    assertThatThrownBy(() -> exports.requireRoom("analytiker"))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("reports.export.tooMany");
              assertThat(e.arguments()).containsExactly(3);
            });
    exports.requireRoom("analytiker.34");
    first.done(Path.of("target/no-such-export.xlsx"));
    exports.requireRoom("analytiker");
  }

  @Test
  void repR7_aJobBelongsToItsOwnerAndIsForgottenAnHourAfterItStarted() {
    CaseListExports exports = new CaseListExports(Clock.fixed(NOW, ZoneOffset.UTC));
    ExportJob fresh = job("fresh", "analytiker", NOW.minus(Duration.ofMinutes(59)));
    ExportJob old = job("old", "analytiker", NOW.minus(Duration.ofMinutes(61)));
    ExportJob oldButRunning = job("running", "analytiker", NOW.minus(Duration.ofHours(2)));
    fresh.done(Path.of("target/no-such-export-1.xlsx"));
    old.done(Path.of("target/no-such-export-2.xlsx"));
    exports.track(fresh);
    exports.track(old);
    exports.track(oldButRunning);

    assertThat(exports.of("analytiker"))
        .extracting(ExportJob::getId)
        .containsExactly("fresh", "running");
    assertThat(exports.of("analytiker.34")).isEmpty();
    assertThat(exports.finished("analytiker", "fresh")).isSameAs(fresh);
    assertThat(exports.finished("analytiker.34", "fresh")).isNull();
    assertThat(exports.finished("analytiker", "old")).isNull();
    assertThat(exports.finished("analytiker", "running")).isNull();
  }
}
