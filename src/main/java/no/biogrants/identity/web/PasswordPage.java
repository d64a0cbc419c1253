package no.biogrants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.PasswordChange;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;

/**
 * The user's own password (identity/password.xhtml): the current one, the new one twice. A user
 * with a temporary password is sent here from every page until it is changed ({@link
 * AccountStateFilter}), then on to their start page.
 */
@Named
@RequestScoped
public class PasswordPage {

  public static final String PATH = "/identity/password.xhtml";

  @Inject private ActiveUser activeUser;
  @Inject private PasswordChange passwordChange;

  private String currentPassword;
  private String password;
  private String repeatPassword;

  public boolean isMustChange() {
    return activeUser.user().map(AppUser::isMustChangePassword).orElse(false);
  }

  public void change() {
    Boolean changed =
        FacesActions.attemptFields(
            field -> "passwordForm:" + field,
            () -> {
              passwordChange.change(
                  activeUser.actor(),
                  chars(currentPassword),
                  chars(password),
                  chars(repeatPassword));
              return true;
            });
    if (changed != null) {
      Messages.info("password.changed");
      Pages.redirect(activeUser.user().map(AppUser::startPage).orElse("/index.xhtml"));
    }
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
