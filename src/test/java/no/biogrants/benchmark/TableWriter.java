package no.biogrants.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the rows of one table in batches of {@code batchRows} on its own connection and thread, so
 * the generator goes on making rows while the database stores the last batch. A batch is one {@code
 * executeBatch} (the driver sends it as one bulk insert) and one commit. Foreign-key and unique
 * checks are off for the session: the generator gives every row its id and writes parents and
 * children in any order.
 */
final class TableWriter implements AutoCloseable {

  /** At most this many batches are being stored at once, over all tables (2 cores). */
  private static final Semaphore SERVER = new Semaphore(3);

  /** Rows written over all tables, for the progress line. */
  static final AtomicLong ROWS = new AtomicLong();

  private final String table;
  private final int columns;
  private final int batchRows;
  private final Connection connection;
  private final PreparedStatement insert;
  private final ExecutorService worker;
  private final Semaphore pending = new Semaphore(2);
  private Object[][] rows;
  private int filled;
  private long written;
  private volatile Exception failure;

  TableWriter(
      String url, String user, String password, String table, int batchRows, String... columnNames)
      throws SQLException {
    this.table = table;
    this.columns = columnNames.length;
    this.batchRows = batchRows;
    this.rows = new Object[batchRows][];
    this.connection = DriverManager.getConnection(url, user, password);
    try (Statement session = connection.createStatement()) {
      session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
    }
    connection.setAutoCommit(false);
    this.insert =
        connection.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columnNames)
                + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns, "?"))
                + ")");
    this.worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "write-" + table);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Adds one row, its values in the order of the column names. */
  void add(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns + " columns");
    }
    rows[filled++] = values;
    if (filled == batchRows) {
      flush();
    }
  }

  long written() {
    return written;
  }

  private void flush() {
    rethrow();
    if (filled == 0) {
      return;
    }
    Object[][] batch = rows;
    int count = filled;
    rows = new Object[batchRows][];
    filled = 0;
    pending.acquireUninterruptibly();
    worker.execute(
        () -> {
          SERVER.acquireUninterruptibly();
          try {
            store(batch, count);
          } catch (Exception e) {
            failure = e;
          } finally {
            SERVER.release();
            pending.release();
          }
        });
  }

  private void store(Object[][] batch, int count) throws SQLException {
    if (failure != null) {
      return;
    }
    for (int r = 0; r < count; r++) {
      Object[] row = batch[r];
      for (int c = 0; c < columns; c++) {
        insert.setObject(c + 1, row[c]);
      }
      insert.addBatch();
    }
    insert.executeBatch();
    connection.commit();
    written += count;
    ROWS.addAndGet(count);
  }

  private void rethrow() {
    if (failure != null) {
      throw new IllegalStateException(
          "Writing " + table + " failed: " + failure.getMessage(), failure);
    }
  }

  @Override
  public void close() throws SQLException, InterruptedException {
    try {
      flush();
      worker.shutdown();
      if (!worker.awaitTermination(1, TimeUnit.HOURS)) {
        throw new IllegalStateException("Writing " + table + " did not finish");
      }
      rethrow();
    } finally {
      worker.shutdownNow();
      insert.close();
      connection.close();
    }
  }
}
