package no.biogrants.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.biogrants.identity.ApiKeyChanged;

/**
 * Records every API key made and revoked, in the transaction of the change (a synchronous
 * observer).
 */
@ApplicationScoped
public class ApiKeyAudit {

  @Inject private AuditLog audit;

  void record(@Observes ApiKeyChanged change) {
    audit.record(change.actor(), change.action(), "ApiKey", change.keyId(), change.label());
  }
}
