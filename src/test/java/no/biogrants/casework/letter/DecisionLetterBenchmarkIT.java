package no.biogrants.casework.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/**
 * How long a decision letter takes to render and how big it is, as .docx and as PDF (part of {@code
 * mvn verify -Pbenchmark}): prints the median and 95th percentile per format after a warm-up, for a
 * grant letter with the rubric table, conditions and payment plan.
 */
class DecisionLetterBenchmarkIT {

  private static final int RUNS = 200;

  @org.junit.jupiter.api.Test
  void rendersGrantLetters() {
    LetterContent content = Letters.grant();
    measure("docx", RUNS, () -> DecisionLetterDocx.render(content));
    measure("pdf", RUNS, () -> DecisionLetterPdf.render(content));
  }

  private static void measure(String format, int runs, Supplier<byte[]> render) {
    for (int i = 0; i < 30; i++) {
      render.get();
    }
    long[] nanos = new long[runs];
    int size = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      size = render.get().length;
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    Assertions.assertThat(size).as("a rendered letter").isPositive();
    System.out.printf(
        Locale.ROOT,
        "BENCHMARK letter %-4s median %.1f ms, p95 %.1f ms, %d bytes (%d runs)%n",
        format,
        nanos[runs / 2] / 1e6,
        nanos[(int) (runs * 0.95)] / 1e6,
        size,
        runs);
  }
}
