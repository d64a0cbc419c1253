package no.biogrants.infrastructure.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: bokmål by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private Locale locale = Locale.forLanguageTag("nb");

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void switchTo(String language) throws IOException {
    locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nb");
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    String uri = ((HttpServletRequest) context.getExternalContext().getRequest()).getRequestURI();
    String query =
        ((HttpServletRequest) context.getExternalContext().getRequest()).getQueryString();
    context.getExternalContext().redirect(uri + (query == null ? "" : "?" + query));
  }
}
