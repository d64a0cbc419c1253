package no.biogrants.grantapplication;

import jakarta.ejb.ApplicationException;
import no.biogrants.shared.BusinessException;

/** The application is not in a status where this can be done (e.g. granted twice). */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends BusinessException {

  public IllegalTransitionException(ApplicationStatus from, ApplicationStatus to) {
    super("status.transitionNotAllowed", from, to);
  }
}
