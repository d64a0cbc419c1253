package no.biogrants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The client tests' side of {@link CaseFixturesServlet}: cases at one {@link CaseStage}, made over
 * HTTP by the test deployment as a test uses them up: one at first, then twice as many each time
 * (up to 8), as a test that uses up one uses up more.
 */
public final class RemoteCases {

  private final FormClient client;
  private final CaseStage stage;
  private final Deque<Long> ready = new ArrayDeque<>();
  private int batch = 1;
  private Long current;
  private int made;
  private long makingNanos;

  /** Cases made through the client (any client of the shared deployment; no login needed). */
  public RemoteCases(FormClient client, CaseStage stage) {
    this.client = client;
    this.stage = stage;
  }

  /** The case in use, made if there is none yet. */
  public long current() {
    if (current == null) {
      next();
    }
    return current;
  }

  /** Moves on to a fresh case. */
  public void next() {
    if (ready.isEmpty()) {
      try {
        long started = System.nanoTime();
        HttpResponse<String> answer =
            client.post("/it/cases", Map.of("stage", stage.name(), "count", String.valueOf(batch)));
        makingNanos += System.nanoTime() - started;
        made += batch;
        batch = Math.min(8, batch * 2);
        assertThat(answer.statusCode()).as("cases at %s: %s", stage, answer.body()).isEqualTo(200);
        answer.body().lines().map(Long::valueOf).forEach(ready::add);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    current = ready.poll();
  }

  /** How many cases were made so far. */
  public int made() {
    return made;
  }

  /** How long making them took, in nanoseconds. */
  public long makingNanos() {
    return makingNanos;
  }
}
