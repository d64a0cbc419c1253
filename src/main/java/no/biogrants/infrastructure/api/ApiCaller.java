package no.biogrants.infrastructure.api;

import jakarta.enterprise.context.RequestScoped;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.identity.Actor;

/** The user an API request acts as, set by {@link ApiKeyFilter} from the request's key. */
@RequestScoped
public class ApiCaller {

  private Actor actor;

  void set(Actor actor) {
    this.actor = actor;
  }

  public Actor actor() {
    if (actor == null) {
      throw new AccessDeniedException();
    }
    return actor;
  }
}
