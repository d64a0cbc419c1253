package no.biogrants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.AppUser;

/** Sends a logged-in user from the front page to their role's start page; logs out. */
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

  public void logout() throws IOException, ServletException {
    ExternalContext external = facesContext.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
