package no.biogrants.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import no.biogrants.shared.AccessDeniedException;

/** The logged-in user of this request, for services and pages. */
@Named
@RequestScoped
public class ActiveUser {

  @Inject private HttpServletRequest request;
  @Inject private Users users;

  private AppUser user;

  public boolean isLoggedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = request.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public Optional<AppUser> user() {
    if (user == null && isLoggedIn()) {
      user = users.byUsername(getUsername()).orElse(null);
    }
    return Optional.ofNullable(user);
  }

  /** The logged-in user as the services see it; fails when nobody is logged in. */
  public Actor actor() {
    return Actor.of(user().orElseThrow(AccessDeniedException::new));
  }

  public String getDisplayName() {
    return user().map(AppUser::getDisplayName).orElse("");
  }

  public String getCountyCode() {
    return user().map(AppUser::getCountyCode).orElse(null);
  }

  /**
   * From the user's roles in the register (the same the identity store gave the container): works
   * on error pages too, where the container's role check has no policy context.
   */
  public boolean hasRole(Role role) {
    return user().map(u -> u.getRoles().contains(role)).orElse(false);
  }

  public boolean isApplicant() {
    return hasRole(Role.APPLICANT);
  }

  public boolean isCaseworker() {
    return hasRole(Role.CASEWORKER);
  }

  public boolean isApprover() {
    return hasRole(Role.APPROVER);
  }

  public boolean isAnalyst() {
    return hasRole(Role.ANALYST);
  }

  public boolean isAdmin() {
    return hasRole(Role.ADMIN);
  }
}
