package no.biogrants.infrastructure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database could not be reached (down, restarting, the pool has no
 * connection) from any other: the user is then told to try again in a moment, not that something
 * unexpected happened. Nothing of such a request was saved: its transaction never committed.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /** True when the failure, or anything in its cause chain, says the database was out of reach. */
  public static boolean unavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true; // SQL state class 08: connection exception
      }
      String name = t.getClass().getName();
      if (name.endsWith("PoolingException") || name.endsWith("ResourceAllocationException")) {
        return true;
      }
    }
    return false;
  }
}
