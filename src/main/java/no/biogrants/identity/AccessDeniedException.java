package no.biogrants.identity;

import jakarta.ejb.ApplicationException;
import no.biogrants.shared.BusinessException;

/** The actor may not see or do this (wrong role, county or company). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  public AccessDeniedException() {
    super("access.denied");
  }

  public static void unless(boolean allowed) {
    if (!allowed) {
      throw new AccessDeniedException();
    }
  }
}
