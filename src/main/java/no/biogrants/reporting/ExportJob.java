package no.biogrants.reporting;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import no.biogrants.document.FileFormat;

/**
 * One case-list export running in the background for one user: how far it has come, and the
 * temporary file it wrote once done. Read by the page while the executor writes it.
 */
public final class ExportJob implements Serializable {

  /** Where a job is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  private final String id;
  private final String owner;
  private final FileFormat format;
  private final String fileName;
  private final long total;
  private final Instant startedAt;
  private final AtomicLong written = new AtomicLong();
  private volatile State state = State.RUNNING;
  private transient volatile Path file;

  ExportJob(
      String id, String owner, FileFormat format, String fileName, long total, Instant startedAt) {
    this.id = id;
    this.owner = owner;
    this.format = format;
    this.fileName = fileName;
    this.total = total;
    this.startedAt = startedAt;
  }

  void progress(long rows) {
    written.set(rows);
  }

  void done(Path result) {
    file = result;
    state = State.DONE;
  }

  void failed() {
    state = State.FAILED;
  }

  /** 0-100; 100 only when the file is complete. */
  public int getPercent() {
    if (state == State.DONE) {
      return 100;
    }
    return total == 0 ? 0 : (int) Math.min(99, written.get() * 100 / total);
  }

  public String getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public FileFormat getFormat() {
    return format;
  }

  public String getFileName() {
    return fileName;
  }

  public long getTotal() {
    return total;
  }

  public long getWritten() {
    return written.get();
  }

  public State getState() {
    return state;
  }

  public boolean isRunning() {
    return state == State.RUNNING;
  }

  public boolean isDone() {
    return state == State.DONE;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Path file() {
    return file;
  }
}
