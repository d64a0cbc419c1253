package no.biogrants.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which county a municipality number decides in a year, from the register's periods. */
class MunicipalityInYearTest {

  private static final Municipality DRAMMEN_2020 =
      new Municipality("3005", 2020, 2023, "Drammen", "30");
  private static final Municipality DRAMMEN_2024 =
      new Municipality("3301", 2024, null, "Drammen", "33");
  private static final Municipality OSLO = new Municipality("0301", 2020, null, "Oslo", "03");
  private static final Municipality ALESUND_2020 =
      new Municipality("1507", 2020, 2023, "Ålesund", "15");
  private static final Municipality ALESUND_2024 =
      new Municipality("1508", 2024, null, "Ålesund", "15");
  private static final Municipality HARAM = new Municipality("1580", 2024, null, "Haram", "15");

  @Test
  void ctyR1_aNumberInForceDecidesItsCountyIn2020AndIn2024() {
    assertThat(MunicipalityInYear.of("3005", 2020, List.of(DRAMMEN_2020), List.of()).countyCode())
        .hasValue("30");
    assertThat(MunicipalityInYear.of("3005", 2023, List.of(DRAMMEN_2020), List.of()).countyCode())
        .hasValue("30");
    assertThat(MunicipalityInYear.of("3301", 2024, List.of(DRAMMEN_2024), List.of()).countyCode())
        .hasValue("33");
    assertThat(MunicipalityInYear.of("0301", 2027, List.of(OSLO), List.of()).countyCode())
        .hasValue("03");
  }

  @Test
  void ctyR2_anEndedNumberDecidesNoCountyAndNamesTheNumbersThatTookOver() {
    MunicipalityInYear drammen =
        MunicipalityInYear.of("3005", 2026, List.of(DRAMMEN_2020), List.of(DRAMMEN_2024));
    MunicipalityInYear alesund =
        MunicipalityInYear.of("1507", 2024, List.of(ALESUND_2020), List.of(ALESUND_2024, HARAM));

    assertThat(drammen.countyCode()).isEmpty();
    assertThat(drammen.ended()).hasValue(DRAMMEN_2020);
    assertThat(drammen.successorsText()).isEqualTo("3301 Drammen");
    assertThat(alesund.successorsText()).isEqualTo("1508 Ålesund, 1580 Haram");
  }

  @Test
  void ctyR1_anUnknownNumberOrOneNotYetValidDecidesNothing() {
    MunicipalityInYear unknown = MunicipalityInYear.of("9901", 2026, List.of(), List.of());
    MunicipalityInYear tooEarly =
        MunicipalityInYear.of("3301", 2023, List.of(DRAMMEN_2024), List.of());

    assertThat(unknown.inForce()).isEmpty();
    assertThat(unknown.ended()).isEmpty();
    assertThat(tooEarly.inForce()).isEmpty();
    assertThat(tooEarly.ended()).isEmpty();
    assertThat(tooEarly.successors()).isEmpty();
  }
}
