package no.biogrants.infrastructure.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import no.biogrants.shared.FreeText;

/**
 * Every text a page posts into a String, without invisible characters ({@link FreeText}, rule
 * INF-W8): Faces uses a converter registered for {@code String} for every input bound to a String
 * that names no converter of its own. Passwords are left exactly as typed.
 */
@FacesConverter(forClass = String.class)
public class FreeTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (component instanceof HtmlInputSecret) {
      return value;
    }
    return FreeText.clean(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
