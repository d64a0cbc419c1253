package no.biogrants.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates username and password against the {@code app_user} table (PBKDF2 hashes) and gives the
 * user's roles as groups. An inactive user cannot log in, nor can one whose temporary password has
 * run out (rule ID-I6). An unknown username costs the same time as a wrong password, so timing does
 * not tell which usernames exist.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  @Inject private Users users;
  @Inject private Clock clock;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<AppUser> user = users.byUsername(login.getCaller());
    if (user.isEmpty() || !user.get().isActive()) {
      users.verifyNobody(login.getPassword().getValue());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!users.verify(user.get(), login.getPassword().getValue())
        || user.get().temporaryPasswordExpired(clock.instant())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        user.get().getUsername(),
        user.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
