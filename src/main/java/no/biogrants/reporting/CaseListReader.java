package no.biogrants.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import no.biogrants.identity.Actor;

/**
 * Reads the case list for an export ({@link CasePages}) with the next window read ahead on a
 * virtual thread, in the caller's context (who is calling, for the service's roles; no transaction:
 * each window is its own), so the database reads while the export writes: the xlsx of a million
 * cases is written in about the time its slower half takes instead of the sum of both.
 */
@ApplicationScoped
public class CaseListReader {

  private static final Executor VIRTUAL_THREAD =
      task -> Thread.ofVirtual().name("case-list-read-ahead").start(task);

  @Inject private Reports reports;
  @Resource private ContextService contexts;

  public CasePages pages(Actor actor, ReportFilter filter, LongConsumer progress) {
    return new CasePages(
        reports,
        actor,
        filter,
        progress,
        window ->
            CompletableFuture.supplyAsync(contexts.contextualSupplier(window), VIRTUAL_THREAD));
  }
}
