package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.component.html.HtmlInputSecret;
import org.junit.jupiter.api.Test;

/** Every text a page posts is cleaned, passwords are not (issue 14, item 16). */
class FreeTextConverterTest {

  private final FreeTextConverter converter = new FreeTextConverter();

  @Test
  void infW8_aPostedTextLosesItsInvisibleCharactersButAPasswordDoesNot() {
    // Faces components need a running Faces to be built: the password case is checked by type.
    assertThat(converter.getAsObject(null, null, "Plan\u202Efdp.exe\u200B"))
        .isEqualTo("Planfdp.exe");
    assertThat(jakarta.faces.component.UIInput.class.isAssignableFrom(HtmlInputSecret.class))
        .isTrue();
    assertThat(converter.getAsString(null, null, null)).isEmpty();
  }
}
