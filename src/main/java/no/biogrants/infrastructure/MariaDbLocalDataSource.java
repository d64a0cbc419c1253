package no.biogrants.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB as a plain (non-XA) data source. The container makes a pool of the XA kind for any class
 * that implements XADataSource, as MariaDbDataSource does, and then runs every transaction as an XA
 * transaction on the server; our transactions only ever touch this one database, so a local
 * transaction does the same job with less work under the budget line's lock. Configure it with
 * {@code bio.db.class=no.biogrants.infrastructure.MariaDbLocalDataSource}.
 */
public class MariaDbLocalDataSource implements DataSource {

  private final MariaDbDataSource delegate = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    delegate.setUrl(url);
  }

  public void setURL(String url) throws SQLException {
    delegate.setUrl(url);
  }

  public String getUrl() {
    return delegate.getUrl();
  }

  public void setUser(String user) throws SQLException {
    delegate.setUser(user);
  }

  public String getUser() {
    return delegate.getUser();
  }

  public void setPassword(String password) throws SQLException {
    delegate.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
