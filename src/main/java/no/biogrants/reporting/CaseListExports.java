package no.biogrants.reporting;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.biogrants.document.FileFormat;
import no.biogrants.document.ReportTexts;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.reporting.export.CaseListExport;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;

/**
 * Case-list exports in the background (rule REP-R7): each runs on the container's default managed
 * executor and writes a temporary file, so a page that starts one is answered at once and several
 * run side by side without holding a request thread. Jobs belong to the user who started them
 * (nobody else sees or downloads them), at most {@value #MAX_RUNNING} running per user, and they
 * and their files are forgotten {@link #KEEP} after they started.
 */
@ApplicationScoped
public class CaseListExports {

  public static final int MAX_RUNNING = 3;
  public static final Duration KEEP = Duration.ofHours(1);
  private static final Logger LOG = Logger.getLogger(CaseListExports.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private Reports reports;
  @Inject private CaseListReader reader;
  @Inject private Clock clock;

  private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

  public CaseListExports() {}

  /** Without the container: jobs are tracked and forgotten on this clock, nothing is run. */
  CaseListExports(Clock clock) {
    this.clock = clock;
  }

  /** Starts exporting the filter's cases; the filter is scoped to what the actor may see. */
  public ExportJob start(
      Actor actor,
      ReportFilter filter,
      FileFormat format,
      Locale locale,
      Map<String, String> filterLines) {
    expire();
    ReportFilter scoped = reports.scoped(actor, filter);
    requireRoom(actor.username());
    long total = reports.countCases(actor, scoped);
    String name =
        "saker-"
            + (scoped.year() == null ? "alle" : scoped.year())
            + "-"
            + jobs.size()
            + "."
            + format.extension();
    ExportJob job =
        new ExportJob(
            UUID.randomUUID().toString(), actor.username(), format, name, total, clock.instant());
    track(job);
    UnaryOperator<String> text = key -> Messages.text(locale, key);
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockProducer.OSLO));
    executor.execute(() -> run(job, actor, scoped, text, filterLines, now));
    return job;
  }

  /** Refused when the user already has {@value #MAX_RUNNING} exports running. */
  void requireRoom(String username) {
    long running =
        jobs.values().stream().filter(j -> j.getOwner().equals(username) && j.isRunning()).count();
    if (running >= MAX_RUNNING) {
      throw new BusinessException("reports.export.tooMany", MAX_RUNNING);
    }
  }

  void track(ExportJob job) {
    jobs.put(job.getId(), job);
  }

  private void run(
      ExportJob job,
      Actor actor,
      ReportFilter filter,
      UnaryOperator<String> text,
      Map<String, String> filterLines,
      ZonedDateTime now) {
    Path file = null;
    try {
      file = Files.createTempFile("bio-export-", "." + job.getFormat().extension());
      try (OutputStream out = Files.newOutputStream(file)) {
        CaseListExport.write(
            job.getFormat(),
            reader.pages(actor, filter, job::progress),
            text,
            ReportTexts.of(text, "reports.std.cases"),
            filterLines,
            now,
            out);
      }
      job.done(file);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Case list export failed", e);
      job.failed();
      delete(file);
    }
  }

  /** The user's jobs, newest first. */
  public List<ExportJob> of(String username) {
    expire();
    return jobs.values().stream()
        .filter(j -> j.getOwner().equals(username))
        .sorted(Comparator.comparing(ExportJob::getStartedAt).reversed())
        .toList();
  }

  /** The user's finished job, or null when it is not theirs, not done or expired. */
  public ExportJob finished(String username, String id) {
    expire();
    ExportJob job = id == null ? null : jobs.get(id);
    return job != null && job.getOwner().equals(username) && job.isDone() ? job : null;
  }

  private void expire() {
    var limit = clock.instant().minus(KEEP);
    jobs.values()
        .removeIf(
            j -> {
              boolean old = j.getStartedAt().isBefore(limit) && !j.isRunning();
              if (old) {
                delete(j.file());
              }
              return old;
            });
  }

  @PreDestroy
  void removeFiles() {
    jobs.values().forEach(j -> delete(j.file()));
  }

  private static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
