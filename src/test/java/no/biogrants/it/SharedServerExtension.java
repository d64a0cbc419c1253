package no.biogrants.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link SharedPayaraMicro} in place of Payara's own Arquillian container, so the test classes
 * that deploy {@link Deployments#shared()} share one booted server (registered in {@code
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}).
 */
public class SharedServerExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
  }
}
