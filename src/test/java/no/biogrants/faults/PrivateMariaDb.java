package no.biogrants.faults;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the fault tests' private MariaDB server before the app is booted against it (register it
 * before the Arquillian extension) and stops it at the end; the test stops and starts it in
 * between. Uses src/test/db/private-mariadb.sh with the port of {@code fault.db.port}.
 */
public class PrivateMariaDb implements BeforeAllCallback, AfterAllCallback {

  private static final Path SCRIPT = Path.of("src", "test", "db", "private-mariadb.sh");

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  public static void start() {
    run("start");
  }

  public static void stop() {
    run("stop");
  }

  private static void run(String command) {
    ProcessBuilder process = new ProcessBuilder("bash", SCRIPT.toString(), command).inheritIO();
    process.environment().put("PRIVATE_DB_PORT", System.getProperty("fault.db.port", "3317"));
    process.environment().put("PRIVATE_DB_DIR", Path.of("target", "fault-db").toString());
    process.environment().put("PRIVATE_DB_NAME", "bio_fault");
    process.environment().merge("PATH", "/usr/sbin:/sbin", (a, b) -> a + ":" + b);
    try {
      int exit = process.start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "private MariaDB " + command + " failed (" + exit + "); see target/fault-db/error.log");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
