package no.biogrants.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro's Arquillian container, with one booted server shared by every test class that
 * deploys {@link Deployments#shared()}: the first such class boots it (wiping, migrating and
 * loading the demo data into the test database), the next ones are handed the same server, and it
 * stops when the test run ends or a class deploys something else. {@link Deployments#demoServer()}
 * is shared the same way by its classes. A class that deploys anything else gets a server of its
 * own, booted for it and stopped after it, as Payara's container does by itself (so it starts on a
 * fresh database).
 *
 * <p>Payara Micro boots with its deployment: the managed container starts a process in {@code
 * deploy} and ends it in {@code undeploy}, so sharing means not passing those calls on.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

  private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

  private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();

  /** The shared server's deployment while it runs, else null. */
  private Set<String> sharedContent;

  private ProtocolMetaData sharedMetaData;

  /** Which deployment's marker the running shared server was booted with ({@link Deployments}). */
  private String sharedKind;

  /** Why a shared server did not start, once it did not: later classes of its kind fail at once. */
  private DeploymentException sharedFailure;

  private String failedKind;

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return payara.getConfigurationClass();
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    payara.setup(configuration);
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return payara.getDefaultProtocol();
  }

  @Override
  public void start() throws LifecycleException {
    payara.start();
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    String sharing = Deployments.sharingOf(archive);
    if (sharing == null || !sharing.equals(sharedKind)) {
      stopSharedServer();
    }
    if (sharing == null) {
      return deployOrStop(archive);
    }
    if (sharedFailure != null && sharing.equals(failedKind)) {
      throw new DeploymentException(
          "The shared server did not start for an earlier class: " + sharedFailure.getMessage(),
          sharedFailure);
    }
    Set<String> content = classesOf(archive);
    if (sharedContent != null) {
      Set<String> missing = new TreeSet<>(content);
      missing.removeAll(sharedContent);
      missing.removeIf(SharedPayaraMicro::isClientTestClass);
      if (!missing.isEmpty()) {
        throw new DeploymentException(
            "The shared server was booted without "
                + missing
                + ": add them to Deployments.shared()");
      }
      LOG.info("Reusing the shared Payara Micro for " + archive.getName());
      return sharedMetaData;
    }
    if (!archive.contains("WEB-INF/lib/arquillian-jakarta-servlet-protocol.jar")) {
      throw new DeploymentException(
          "A shared deployment must be testable (client tests use @RunAsClient), so the server it boots can also run in-container tests");
    }
    try {
      sharedMetaData = deployOrStop(archive);
    } catch (DeploymentException e) {
      sharedFailure = e;
      failedKind = sharing;
      throw e;
    }
    sharedContent = content;
    sharedKind = sharing;
    return sharedMetaData;
  }

  @Override
  public void undeploy(Archive<?> archive) throws DeploymentException {
    if (Deployments.sharingOf(archive) == null) {
      payara.undeploy(archive);
    }
  }

  @Override
  public void stop() throws LifecycleException {
    try {
      stopSharedServer();
    } catch (DeploymentException e) {
      throw new LifecycleException("Could not stop the shared Payara Micro", e);
    }
    payara.stop();
  }

  @Override
  public void deploy(Descriptor descriptor) throws DeploymentException {
    payara.deploy(descriptor);
  }

  @Override
  public void undeploy(Descriptor descriptor) throws DeploymentException {
    payara.undeploy(descriptor);
  }

  /**
   * Boots Payara Micro with the archive; when it does not come up (a failed deployment, the
   * start-up timeout), its process is stopped, so no half-started server is left running.
   */
  private ProtocolMetaData deployOrStop(Archive<?> archive) throws DeploymentException {
    try {
      return payara.deploy(archive);
    } catch (DeploymentException | RuntimeException e) {
      try {
        payara.undeploy(archive);
      } catch (DeploymentException | RuntimeException stopping) {
        e.addSuppressed(stopping);
      }
      throw e;
    }
  }

  private void stopSharedServer() throws DeploymentException {
    if (sharedContent != null) {
      sharedContent = null;
      sharedMetaData = null;
      sharedKind = null;
      payara.undeploy((Archive<?>) null);
    }
  }

  /**
   * Arquillian adds each test class to its deployment; a class whose tests all run as client
   * ({@code @RunAsClient}) is never run in the server, so the shared server need not hold it.
   */
  private static boolean isClientTestClass(String path) {
    String name =
        path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length())
            .replace('/', '.');
    int inner = name.indexOf('$');
    try {
      Class<?> type =
          Class.forName(
              inner < 0 ? name : name.substring(0, inner),
              false,
              SharedPayaraMicro.class.getClassLoader());
      return type.isAnnotationPresent(RunAsClient.class);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Set<String> classesOf(Archive<?> archive) {
    Set<String> classes = new TreeSet<>();
    for (ArchivePath path : archive.getContent().keySet()) {
      String name = path.get();
      if (name.endsWith(".class")) {
        classes.add(name);
      }
    }
    return classes;
  }
}
