package no.biogrants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.AppUser;

/** The front page ({@code index.xhtml}): sends a logged-in user on to their role's start page. */
@Named
@RequestScoped
public class StartPage {

  @Inject private ActiveUser activeUser;
  @Inject private FacesContext facesContext;

  public void route() throws IOException {
    if (activeUser.isLoggedIn()) {
      String start = activeUser.user().map(AppUser::startPage).orElse(null);
      if (start != null) {
        ExternalContext external = facesContext.getExternalContext();
        external.redirect(external.getRequestContextPath() + start);
      }
    }
  }

  public String getStartPage() {
    return activeUser.user().map(AppUser::startPage).orElse("/index.xhtml");
  }
}
