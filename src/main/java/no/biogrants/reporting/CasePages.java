package no.biogrants.reporting;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import no.biogrants.identity.Actor;

/**
 * The cases of a filter one by one, read in windows of {@value #WINDOW} consecutive application ids
 * (keyset paging on the primary key), each window its own short query that reads the key range
 * whatever the other filters: at most two windows in memory, and the last window costs what the
 * first did. With a {@code prefetch} the next window is read while the caller writes this one (the
 * database and the writer work at the same time); without, one after the other. Tells {@code
 * progress} how many were read so far.
 */
public final class CasePages implements Iterator<CaseRow> {

  public static final int WINDOW = 5000;

  /** Runs a window's read elsewhere and gives its rows when they are there. */
  @FunctionalInterface
  public interface Prefetch {
    CompletableFuture<List<CaseRow>> ahead(Supplier<List<CaseRow>> window);
  }

  private final Reports reports;
  private final Actor actor;
  private final ReportFilter filter;
  private final LongConsumer progress;
  private final Prefetch prefetch;
  private Iterator<CaseRow> page = List.<CaseRow>of().iterator();
  private CompletableFuture<List<CaseRow>> next;
  private long lastId;
  private long read;
  private long lastApplicationId = -1;

  public CasePages(Reports reports, Actor actor, ReportFilter filter, LongConsumer progress) {
    this(reports, actor, filter, progress, null);
  }

  public CasePages(
      Reports reports, Actor actor, ReportFilter filter, LongConsumer progress, Prefetch prefetch) {
    this.reports = reports;
    this.actor = actor;
    this.filter = filter;
    this.progress = progress;
    this.prefetch = prefetch;
  }

  @Override
  public boolean hasNext() {
    if (lastApplicationId < 0) {
      lastApplicationId = reports.lastApplicationId();
    }
    while (!page.hasNext() && lastId < lastApplicationId) {
      List<CaseRow> rows = next != null ? take(next) : window(lastId);
      lastId = Math.min(lastId + WINDOW, lastApplicationId);
      long after = lastId;
      next =
          prefetch != null && after < lastApplicationId
              ? prefetch.ahead(() -> window(after))
              : null;
      page = rows.iterator();
    }
    return page.hasNext();
  }

  private List<CaseRow> window(long afterId) {
    return reports.caseWindow(
        actor, filter, afterId, Math.min(afterId + WINDOW, lastApplicationId));
  }

  private static List<CaseRow> take(CompletableFuture<List<CaseRow>> window) {
    try {
      return window.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  @Override
  public CaseRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CaseRow row = page.next();
    progress.accept(++read);
    return row;
  }
}
