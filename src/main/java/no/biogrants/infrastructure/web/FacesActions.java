package no.biogrants.infrastructure.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.shared.BusinessException;

/**
 * Runs a page action and turns a refusal into a Norwegian message next to the field (or at the top
 * of the page): a broken rule, a conflict with someone else's change, or a denied access. Nothing
 * is half-saved: the service's transaction has already rolled back.
 */
public final class FacesActions {

  private static final Logger LOG = Logger.getLogger(FacesActions.class.getName());

  private FacesActions() {}

  /** Returns the action's result, or null when it was refused (the message is then queued). */
  public static <T> T attempt(String clientId, Supplier<T> action) {
    try {
      return action.get();
    } catch (BusinessException e) {
      Messages.error(clientId, e.messageKey(), e.arguments().toArray());
    } catch (EJBException | jakarta.persistence.PersistenceException e) {
      Throwable cause = rootBusinessCause(e);
      if (cause instanceof BusinessException b) {
        Messages.error(clientId, b.messageKey(), b.arguments().toArray());
      } else if (isConflict(e)) {
        Messages.error(clientId, "error.conflict");
      } else {
        LOG.log(Level.WARNING, "Action failed", e);
        Messages.error(clientId, "error.unexpected");
      }
    }
    return null;
  }

  public static boolean attempt(String clientId, Runnable action) {
    return attempt(
            clientId,
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        != null;
  }

  private static Throwable rootBusinessCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException || t instanceof AccessDeniedException) {
        return t;
      }
    }
    return null;
  }

  /** True when the failure is (or was caused by) a conflict with a simultaneous change: optimistic or lock timeout. */
  public static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }
}
