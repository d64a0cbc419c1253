package no.biogrants.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import no.biogrants.document.FileFormat;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

  private static final UnaryOperator<String> NB =
      k -> ResourceBundle.getBundle("messages", Locale.forLanguageTag("nb")).getString(k);

  @Test
  void eachDimensionLabelsItsKeysInTheReadersLanguage() {
    Map<String, String> counties = Map.of("34", "Innlandet");

    assertThat(ReportLabels.of(Dimension.COUNTY, "34", counties, NB)).isEqualTo("Innlandet");
    assertThat(ReportLabels.of(Dimension.COUNTY, "99", counties, NB)).isEqualTo("99");
    assertThat(ReportLabels.of(Dimension.PURPOSE, "DIGITAL", Map.of(), NB))
        .isEqualTo("Digital kompetanse");
    assertThat(ReportLabels.of(Dimension.INDUSTRY, "C", Map.of(), NB)).isEqualTo("C Industri");
    assertThat(ReportLabels.of(Dimension.INDUSTRY, "?", Map.of(), NB)).isEqualTo("? Ukjent næring");
    assertThat(ReportLabels.of(Dimension.SIZE_BAND, "10-49", Map.of(), NB))
        .isEqualTo("10-49 ansatte");
    assertThat(ReportLabels.of(Dimension.STATE_AID_BASIS, "NONE", Map.of(), NB))
        .isEqualTo("Ikke vedtatt");
    assertThat(ReportLabels.of(Dimension.QUARTER, "2020-Q3", Map.of(), NB)).isEqualTo("2020-Q3");
    assertThat(ReportLabels.of(Dimension.STATUS, null, Map.of(), NB)).isEqualTo("Ukjent");
  }

  @Test
  void anExportJobShowsItsProgressAndIsCompleteOnlyWhenDone() {
    ExportJob job =
        new ExportJob("id", "analytiker", FileFormat.XLSX, "saker.xlsx", 200, Instant.EPOCH);

    job.progress(50);
    assertThat(job.getPercent()).isEqualTo(25);
    job.progress(200);
    assertThat(job.getPercent()).isEqualTo(99);
    assertThat(job.isRunning()).isTrue();
    job.done(Path.of("saker.xlsx"));
    assertThat(job.getPercent()).isEqualTo(100);
    assertThat(job.isDone()).isTrue();
    assertThat(new ExportJob("e", "a", FileFormat.CSV, "x.csv", 0, Instant.EPOCH).getPercent())
        .isZero();
  }
}
