package no.biogrants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared server is booted once, with every in-container test class in it: a class that runs in
 * the server on the shared deployment and is missing from {@link Deployments} would fail only when
 * it is not the first to deploy, so this fails first.
 */
class DeploymentsTest {

  private static final Path TESTS = Path.of("src", "test", "java");

  @Test
  void everyInContainerTestClassOnTheSharedServerIsInTheSharedDeployment() throws IOException {
    List<String> inContainer;
    try (Stream<Path> files = Files.walk(TESTS)) {
      inContainer =
          files
              .filter(f -> f.toString().endsWith("IT.java"))
              .filter(DeploymentsTest::runsInTheSharedServer)
              .map(f -> TESTS.relativize(f).toString().replace(".java", "").replace('/', '.'))
              .sorted()
              .toList();
    }
    assertThat(inContainer).isNotEmpty();
    assertThat(Deployments.sharedTestClasses()).containsExactlyInAnyOrderElementsOf(inContainer);
  }

  private static boolean runsInTheSharedServer(Path file) {
    try {
      String source = Files.readString(file);
      return source.contains("Deployments.shared()") && !source.contains("@RunAsClient");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
