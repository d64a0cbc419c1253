package no.biogrants.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaceSectionsTest {

  @ParameterizedTest
  @CsvSource({
    "01.110, A",
    "03, A",
    "05, B",
    "09.101, B",
    "10.110, C",
    "25.110, C",
    "33.120, C",
    "35, D",
    "36, E",
    "39, E",
    "41, F",
    "43.990, F",
    "45, G",
    "47.110, G",
    "49, H",
    "53, H",
    "55, I",
    "56, I",
    "58, J",
    "62.010, J",
    "63, J",
    "64, K",
    "66, K",
    "68, L",
    "69, M",
    "75, M",
    "77, N",
    "82, N",
    "84, O",
    "85, P",
    "86, Q",
    "88, Q",
    "90, R",
    "93, R",
    "94, S",
    "96, S",
    "97, T",
    "98, T",
    "99, U"
  })
  void aDivisionBelongsToItsSection(String code, String section) {
    assertThat(NaceSections.sectionOf(code)).isEqualTo(section);
  }

  @ParameterizedTest
  @CsvSource({"00", "04", "34", "40", "44", "48", "57", "67", "76", "83", "89", "x1", "7"})
  void divisionsThatDoNotExistAreUnknown(String code) {
    assertThat(NaceSections.sectionOf(code)).isEqualTo(NaceSections.UNKNOWN);
  }

  @Test
  void aSectionListsItsDivisions() {
    assertThat(NaceSections.divisionsOf("C")).hasSize(24).startsWith("10").endsWith("33");
    assertThat(NaceSections.divisionsOf("L")).containsExactly("68");
    assertThat(NaceSections.sectionOf(null)).isEqualTo(NaceSections.UNKNOWN);
  }
}
