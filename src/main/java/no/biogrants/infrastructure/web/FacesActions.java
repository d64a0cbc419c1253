package no.biogrants.infrastructure.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.biogrants.infrastructure.DatabaseFailures;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;

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
    return attemptAt(key -> clientId, action);
  }

  /**
   * As {@link #attempt(String, Supplier)}, the message going next to the field the refusal's
   * message key belongs to ({@code fieldOf} gives the client id, or null for the top of the page).
   */
  public static <T> T attemptAt(Function<String, String> fieldOf, Supplier<T> action) {
    String clientId = fieldOf.apply("");
    try {
      return action.get();
    } catch (BusinessException e) {
      Messages.error(fieldOf.apply(e.messageKey()), e.messageKey(), e.arguments().toArray());
    } catch (EJBException | PersistenceException e) {
      Throwable cause = rootBusinessCause(e);
      if (cause instanceof BusinessException b) {
        Messages.error(fieldOf.apply(b.messageKey()), b.messageKey(), b.arguments().toArray());
      } else if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
        LOG.log(Level.WARNING, "A service refused the role of the caller: {0}", e.toString());
        Messages.error(clientId, "access.denied");
      } else if (isConflict(e)) {
        Messages.error(clientId, "error.conflict");
      } else if (DatabaseFailures.unavailable(e)) {
        LOG.log(Level.WARNING, "Action failed: the database is out of reach: {0}", e.toString());
        Messages.error(clientId, "error.databaseUnavailable");
      } else {
        LOG.log(Level.WARNING, "Action failed", e);
        Messages.error(clientId, "error.unexpected");
      }
    }
    return null;
  }

  /**
   * As {@link #attempt(String, Supplier)}, every violation of a refusal shown next to its own
   * field: {@code clientIdOf} turns the domain's field name (e.g. {@code report}) into the client
   * id, or null for the top of the page.
   */
  public static <T> T attemptFields(Function<String, String> clientIdOf, Supplier<T> action) {
    try {
      return action.get();
    } catch (BusinessException e) {
      showAll(clientIdOf, e);
    } catch (EJBException | PersistenceException e) {
      if (rootBusinessCause(e) instanceof BusinessException b) {
        showAll(clientIdOf, b);
      } else {
        return attempt(
            null,
            () -> {
              throw e;
            });
      }
    }
    return null;
  }

  private static void showAll(Function<String, String> clientIdOf, BusinessException e) {
    for (FieldViolation v : e.violations()) {
      Messages.error(
          v.field() == null ? null : clientIdOf.apply(v.field()),
          v.messageKey(),
          v.arguments().toArray());
    }
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

  /** Keeps this request's messages (errors too) for the page a redirect leads to. */
  public static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static Throwable rootBusinessCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException || t instanceof AccessDeniedException) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when the failure is (or was caused by) a conflict with a simultaneous change: optimistic
   * or lock timeout.
   */
  public static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof PessimisticLockException
          || t instanceof LockTimeoutException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }
}
