package no.biogrants.reporting;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import no.biogrants.identity.Actor;

/**
 * The cases of a filter one by one, read in keyset pages of {@value #PAGE} by id, each page its own
 * short query: never more than one page in memory, however many cases there are. Tells {@code
 * progress} how many were read so far.
 */
public final class CasePages implements Iterator<CaseRow> {

  public static final int PAGE = 1000;

  private final Reports reports;
  private final Actor actor;
  private final ReportFilter filter;
  private final LongConsumer progress;
  private Iterator<CaseRow> page = List.<CaseRow>of().iterator();
  private long lastId;
  private long read;
  private boolean exhausted;

  public CasePages(Reports reports, Actor actor, ReportFilter filter, LongConsumer progress) {
    this.reports = reports;
    this.actor = actor;
    this.filter = filter;
    this.progress = progress;
  }

  @Override
  public boolean hasNext() {
    if (!page.hasNext() && !exhausted) {
      List<CaseRow> next = reports.casePage(actor, filter, lastId, PAGE);
      exhausted = next.size() < PAGE;
      page = next.iterator();
    }
    return page.hasNext();
  }

  @Override
  public CaseRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CaseRow row = page.next();
    lastId = row.id();
    progress.accept(++read);
    return row;
  }
}
