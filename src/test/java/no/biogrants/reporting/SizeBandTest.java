package no.biogrants.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeBandTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "1, 1-9",
    "9, 1-9",
    "10, 10-49",
    "49, 10-49",
    "50, 50-99",
    "99, 50-99",
    "100, 100-250",
    "250, 100-250",
    "251, 251+",
    "5000, 251+"
  })
  void employeesFallInTheirBand(int employees, String band) {
    assertThat(SizeBand.of(employees).key()).isEqualTo(band);
    assertThat(SizeBand.byKey(band)).isEqualTo(SizeBand.of(employees));
  }

  @org.junit.jupiter.api.Test
  void theSqlCaseHasTheSameEdges() {
    assertThat(SizeBand.sqlCase("e"))
        .isEqualTo(
            "CASE WHEN e <= 0 THEN '0' WHEN e <= 9 THEN '1-9' WHEN e <= 49 THEN '10-49' WHEN e <= 99 THEN '50-99'"
                + " WHEN e <= 250 THEN '100-250' ELSE '251+' END");
  }
}
