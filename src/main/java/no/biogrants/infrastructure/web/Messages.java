package no.biogrants.infrastructure.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.biogrants.shared.MessageKey;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;
import no.biogrants.shared.NorwegianFormat;

/** Texts from the resource bundle {@value #BUNDLE} in the user's language, for Java code. */
public final class Messages {

  public static final String BUNDLE = "messages";

  private Messages() {}

  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      return context.getViewRoot().getLocale();
    }
    return MoneyFormat.NORWEGIAN;
  }

  public static String text(String key, Object... arguments) {
    return text(locale(), key, arguments);
  }

  public static String text(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] =
          switch (arguments[i]) {
            case Money m -> MoneyFormat.format(m, locale);
            case MessageKey k -> text(locale, k.key());
            case LocalDate d -> NorwegianFormat.date(d);
            case Enum<?> e -> text(locale, e.getDeclaringClass().getSimpleName() + "." + e.name());
            case null -> "";
            default -> arguments[i];
          };
    }
    return new MessageFormat(pattern.replace("'", "''"), locale).format(shown);
  }

  /**
   * An error next to the component {@code clientId}, or at the top of the page when there is none
   * (or it is not on the page shown: a field of another step), so a refusal is never silent.
   */
  public static void error(String clientId, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext context = FacesContext.getCurrentInstance();
    String target =
        clientId != null && context.getViewRoot() != null && rendered(context, clientId)
            ? clientId
            : null;
    context.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /**
   * True when the component is on the page shown, also in a row of a table (client id with the
   * row's index).
   */
  private static boolean rendered(FacesContext context, String clientId) {
    boolean[] rendered = {false};
    try {
      context
          .getViewRoot()
          .invokeOnComponent(
              context, clientId, (c, component) -> rendered[0] = component.isRendered());
    } catch (IllegalArgumentException | FacesException e) {
      return false;
    }
    return rendered[0];
  }

  public static void info(String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
