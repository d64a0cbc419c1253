package no.biogrants.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.biogrants.identity.AccountChanged;

/**
 * Records every change to a user's account (made, edited, deactivated, password set), in the
 * transaction of the change (a synchronous observer).
 */
@ApplicationScoped
public class AccountAudit {

  @Inject private AuditLog audit;

  void record(@Observes AccountChanged change) {
    audit.record(change.actor(), change.action(), "AppUser", change.userId(), change.details());
  }
}
