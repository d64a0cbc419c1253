package no.biogrants.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.biogrants.grantapplication.ApplicationStatus;
import org.junit.jupiter.api.Test;

class ApplicationFiguresTest {

  @Test
  void repR1_everyFilterIsAConditionWithItsValueInOrder() {
    ReportFilter filter =
        new ReportFilter(
            2020,
            "34",
            6L,
            null,
            ApplicationStatus.GRANTED,
            null,
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2020, 3, 31),
            List.of());

    SqlWhere where = ApplicationFigures.where(filter);

    assertThat(where.sql())
        .isEqualTo(
            " AND s.scheme_year = ?1 AND a.county_code = ?2 AND a.round_id = ?3 AND a.status = ?4"
                + " AND a.submitted_at >= ?5 AND a.submitted_at < ?6");
    // The last day is included: up to midnight after it.
    assertThat(where.values())
        .containsExactly(
            2020,
            "34",
            6L,
            "GRANTED",
            LocalDateTime.of(2020, 3, 1, 0, 0),
            LocalDateTime.of(2020, 4, 1, 0, 0));
    assertThat(where.next()).isEqualTo(7);
  }

  @Test
  void drillingIntoASectionSelectsItsDivisions() {
    SqlWhere where =
        ApplicationFigures.where(ReportFilter.year(2020).drilledTo(Dimension.INDUSTRY, "L"));

    assertThat(where.sql()).endsWith("AND SUBSTRING(a.nace_code, 1, 2) IN ('68')");
    assertThat(
            ApplicationFigures.where(ReportFilter.year(2020).drilledTo(Dimension.ROUND, "6"))
                .values())
        .containsExactly(2020, 6L);
  }

  @Test
  void repR3_groupedReportsCountOnlyApplicationsThatCountAsApplied() {
    String sql =
        ApplicationFigures.grouped(
            Grouping.of(Dimension.PURPOSE), ApplicationFigures.where(ReportFilter.year(2020)));

    assertThat(sql)
        .startsWith("SELECT x.k, COUNT(*), SUM(x.m0)")
        .contains("a.status NOT IN ('DRAFT', 'WITHDRAWN', 'DISMISSED')")
        .endsWith("GROUP BY x.k");
  }

  @Test
  void byTwoDimensionsEachPairOfKeysIsAGroup() {
    String sql =
        ApplicationFigures.grouped(
            new Grouping(Dimension.PURPOSE, Dimension.COUNTY),
            ApplicationFigures.where(ReportFilter.year(2020)));

    assertThat(sql)
        .startsWith("SELECT x.k, x.k2, COUNT(*), SUM(x.m0)")
        .contains("SELECT a.training_purpose AS k, a.county_code AS k2,")
        .endsWith("GROUP BY x.k, x.k2");
  }

  @Test
  void theLedgerByQuarterIsGroupedByTheOtherDimensionToo() {
    String sql =
        ApplicationFigures.ledgerByQuarter(
            new Grouping(Dimension.COUNTY, Dimension.QUARTER),
            ApplicationFigures.where(ReportFilter.year(2020)));

    assertThat(sql)
        .startsWith("SELECT a.county_code, ")
        .endsWith("GROUP BY a.county_code, " + Quarters.sql("l.occurred_at"));
  }

  @Test
  void aRowOfAReportByTwoDimensionsIsDrilledToBothKeys() {
    SqlWhere where =
        ApplicationFigures.where(
            ReportFilter.year(2020)
                .drilledTo(Dimension.PURPOSE, "DIGITAL")
                .drilledTo(Dimension.COUNTY, null));

    assertThat(where.sql()).endsWith("AND a.training_purpose = ?2 AND a.county_code IS NULL");
    assertThat(where.values()).containsExactly(2020, "DIGITAL");
  }
}
