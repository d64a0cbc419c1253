package no.biogrants.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.biogrants.document.FileFormat;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.reporting.Reports;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportParametersTest {

  @Test
  void goodParametersGiveTheFilterGroupingAndFormat() {
    ReportParameters p = new ReportParameters();
    ReportFilter filter =
        p.filter(
            "2020",
            FilterQuery.of(
                Map.of(
                        "county", "34",
                        "round", "6",
                        "status", "GRANTED",
                        "stateAidBasis", "DE_MINIMIS",
                        "from", "2020-03-01")
                    ::get));
    Dimension dimension = p.groupBy("sizeBand", EnumSet.allOf(Dimension.class));
    FileFormat format = p.format("csv");
    p.check();

    assertThat(filter.year()).isEqualTo(2020);
    assertThat(filter.roundId()).isEqualTo(6L);
    assertThat(filter.from()).hasToString("2020-03-01");
    assertThat(dimension).isEqualTo(Dimension.SIZE_BAND);
    assertThat(format).isEqualTo(FileFormat.CSV);
    assertThat(new ReportParameters().format(null)).isEqualTo(FileFormat.JSON);
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    ReportParameters p = new ReportParameters();
    p.filter(
        "20x0",
        FilterQuery.of(
            Map.of("county", "Oslo", "round", "abc", "status", "DONE", "from", "1. mars")::get));
    p.groupBy("purpose", Reports.OVERSUBSCRIPTION_DIMENSIONS);
    p.format("pdf");

    assertThatThrownBy(p::check)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly(
                        "year", "county", "round", "status", "from", "groupBy", "format"));
  }

  @Test
  void aMissingGroupingOrYearIsRefused() {
    ReportParameters p = new ReportParameters();
    p.filter(null, new FilterQuery());
    p.groupBy(null, EnumSet.allOf(Dimension.class));

    assertThatThrownBy(p::check)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("year", "groupBy"));
  }

  @Test
  void repR8_twoDimensionsAreGivenSeparatedByACommaAndMustDiffer() {
    ReportParameters p = new ReportParameters();
    Grouping grouping = p.grouping("purpose,county", EnumSet.allOf(Dimension.class), true);
    p.check();
    assertThat(grouping).isEqualTo(new Grouping(Dimension.PURPOSE, Dimension.COUNTY));
    assertThat(grouping.apiName()).isEqualTo("purpose,county");

    for (String bad :
        List.of(
            "purpose,purpose", "purpose,county,year", "purpose,", ",county", "purpose,colour")) {
      ReportParameters q = new ReportParameters();
      assertThat(q.grouping(bad, EnumSet.allOf(Dimension.class), true)).as(bad).isNull();
      assertThatThrownBy(q::check)
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("groupBy");
                assertThat(e.violations().get(0).messageKey()).isEqualTo("api.groupBy.invalid");
              });
    }
    ReportParameters oversubscription = new ReportParameters();
    assertThat(
            oversubscription.grouping("county,round", Reports.OVERSUBSCRIPTION_DIMENSIONS, false))
        .isNull();
    assertThatThrownBy(oversubscription::check).isInstanceOf(InvalidInputException.class);
  }
}
