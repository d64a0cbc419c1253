package no.biogrants.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;

/**
 * A person changes their own password (rule ID-I6): the current one (the temporary one after an
 * admin set it), the new one twice, and the new one keeps the {@link PasswordPolicy} and differs
 * from the current one. Every broken rule is reported at once, next to its field; the change is
 * audited.
 */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE
})
public class PasswordChange {

  @Inject private Users users;
  @Inject private Event<AccountChanged> changes;

  public void change(Actor actor, char[] current, char[] chosen, char[] repeated) {
    AppUser user =
        users
            .byId(actor.userId())
            .filter(AppUser::isActive)
            .orElseThrow(AccessDeniedException::new);
    List<FieldViolation> violations = new ArrayList<>();
    if (current == null || current.length == 0 || !users.verify(user, current)) {
      violations.add(FieldViolation.of("currentPassword", "password.currentWrong"));
    }
    violations.addAll(PasswordPolicy.violations(user.getUsername(), chosen));
    if (chosen != null
        && current != null
        && String.valueOf(chosen).equals(String.valueOf(current))) {
      violations.add(FieldViolation.of("password", "password.sameAsCurrent"));
    }
    if (repeated == null || !String.valueOf(repeated).equals(String.valueOf(chosen))) {
      violations.add(FieldViolation.of("repeatPassword", "password.repeatDiffers"));
    }
    InvalidInputException.throwIfAny(violations);
    user.setOwnPassword(users.hash(chosen));
    changes.fire(new AccountChanged(actor.username(), "PASSWORD_CHANGED", user.getId(), ""));
  }
}
