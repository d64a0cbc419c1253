package no.biogrants.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import no.biogrants.document.FileFormat;
import no.biogrants.document.ReportTexts;
import no.biogrants.reporting.CaseRow;
import no.biogrants.reporting.SpendingFigures;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * REP-R5: a million cases go to .xlsx in a JVM with a 256 MB heap. Slow (about two minutes on two
 * shared cores), so it runs only with {@code -Dbio.heavy=true}: {@code mvn test
 * -Dtest=CaseListExportHeapTest -Dbio.heavy=true}. The child JVM generates the rows one at a time,
 * as the database windows give them.
 */
@EnabledIfSystemProperty(named = "bio.heavy", matches = "true")
class CaseListExportHeapTest {

  static final int ROWS = 1_000_000;

  @Test
  void repR5_aMillionCasesFitIn256Megabytes() throws Exception {
    Path file = Files.createTempFile(Path.of("target"), "million-", ".xlsx");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=target",
                CaseListExportHeapTest.class.getName(),
                file.toString())
            .inheritIO()
            .start();
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as("the child JVM ran out of memory or failed").isZero();
    assertThat(Files.size(file)).isGreaterThan(10_000_000L);
    Files.delete(file);
  }

  /** Writes {@value #ROWS} generated cases to the file named. */
  public static void main(String[] args) throws Exception {
    UnaryOperator<String> text =
        key -> ResourceBundle.getBundle("messages", Locale.forLanguageTag("nb")).getString(key);
    Iterator<CaseRow> cases =
        new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return i < ROWS;
          }

          @Override
          public CaseRow next() {
            i++;
            SpendingFigures f =
                new SpendingFigures(
                    1,
                    Money.ofKroner(100_000 + i % 1000),
                    Money.ofKroner(80_000),
                    Money.ofKroner(75_000),
                    Money.ofKroner(75_000),
                    Money.ofKroner(56_250),
                    Money.ZERO,
                    Money.ZERO,
                    3 + i % 20,
                    120);
            return new CaseRow(
                i,
                "2020-" + i,
                "34",
                6,
                "BIO 2020 Innlandet",
                2,
                "Bedrift nummer " + i + " AS",
                "974760673",
                "25.110",
                i % 300,
                "DIGITAL",
                "GRANTED",
                LocalDateTime.of(2020, 5, 4, 10, 15),
                "DE_MINIMIS",
                f);
          }
        };
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      CaseListExport.write(
          FileFormat.XLSX,
          cases,
          text,
          ReportTexts.of(text, "reports.std.cases"),
          Map.of("År", "2020"),
          ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneId.of("Europe/Oslo")),
          out);
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.println(
        "Wrote " + ROWS + " cases; heap max " + runtime.maxMemory() / 1_048_576 + " MB");
  }
}
