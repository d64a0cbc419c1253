package no.biogrants.reporting;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import no.biogrants.identity.Actor;

/**
 * The cases of a filter one by one, read in windows of {@value #WINDOW} consecutive application ids
 * (keyset paging on the primary key), each window its own short query that reads the key range
 * whatever the other filters: never more than one window in memory, and the last window costs what
 * the first did. Tells {@code progress} how many were read so far.
 */
public final class CasePages implements Iterator<CaseRow> {

  public static final int WINDOW = 5000;

  private final Reports reports;
  private final Actor actor;
  private final ReportFilter filter;
  private final LongConsumer progress;
  private Iterator<CaseRow> page = List.<CaseRow>of().iterator();
  private long lastId;
  private long read;
  private long lastApplicationId = -1;

  public CasePages(Reports reports, Actor actor, ReportFilter filter, LongConsumer progress) {
    this.reports = reports;
    this.actor = actor;
    this.filter = filter;
    this.progress = progress;
  }

  @Override
  public boolean hasNext() {
    if (lastApplicationId < 0) {
      lastApplicationId = reports.lastApplicationId();
    }
    while (!page.hasNext() && lastId < lastApplicationId) {
      long to = Math.min(lastId + WINDOW, lastApplicationId);
      page = reports.caseWindow(actor, filter, lastId, to).iterator();
      lastId = to;
    }
    return page.hasNext();
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
