package no.biogrants.shared;

import jakarta.ejb.ApplicationException;

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
