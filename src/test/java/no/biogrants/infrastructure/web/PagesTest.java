package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's id that is no number is no id: the page answers 404, not 500 (issue 14, item 18). */
class PagesTest {

  @Test
  void infW7_onlyAPositiveWholeNumberIsAnId() {
    assertThat(Pages.idOf("17")).isEqualTo(17L);
    assertThat(Pages.idOf(" 17 ")).isEqualTo(17L);
    for (String bad :
        new String[] {null, "", "abc", "-1", "0", "1e3", "12abc", "99999999999999999999"}) {
      assertThat(Pages.idOf(bad)).as(String.valueOf(bad)).isNull();
    }
  }
}
