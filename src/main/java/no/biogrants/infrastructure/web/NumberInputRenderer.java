package no.biogrants.infrastructure.web;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number input (p:inputNumber) with one change: text that is not a number in its posted
 * value (which its script never sends, but anyone can post) is refused with Faces' conversion
 * message next to the field, and the page shown again with the field as it was, where PrimeFaces
 * fails the whole request with "Invalid number" (an error page). Registered for the component in
 * faces-config.xml.
 */
public class NumberInputRenderer extends InputNumberRenderer {

  @Override
  public void decode(FacesContext context, UIComponent component) {
    try {
      super.decode(context, component);
    } catch (FacesException e) {
      if (!(e.getCause() instanceof NumberFormatException)) {
        throw e;
      }
      String posted =
          context
              .getExternalContext()
              .getRequestParameterMap()
              .get(component.getClientId(context) + "_hinput");
      // Left as typed, the value fails conversion to the bound number type: a message, no value.
      ((UIInput) component).setSubmittedValue(posted);
    }
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    UIInput input = (UIInput) component;
    Object submitted = input.getSubmittedValue();
    if (!(submitted instanceof String text) || isNumber(text)) {
      super.encodeEnd(context, component);
      return;
    }
    // PrimeFaces writes back what was posted as a number: show the value as it was instead.
    input.setSubmittedValue(null);
    try {
      super.encodeEnd(context, component);
    } finally {
      input.setSubmittedValue(submitted);
    }
  }

  private static boolean isNumber(String text) {
    if (text.isBlank()) {
      return true;
    }
    try {
      new BigDecimal(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
