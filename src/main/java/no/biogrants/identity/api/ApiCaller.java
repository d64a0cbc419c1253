package no.biogrants.identity.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import no.biogrants.identity.Actor;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.MoneyFormat;

/**
 * The user an API request acts as and the language of its messages, set by {@link ApiKeyFilter}.
 */
@RequestScoped
public class ApiCaller {

  private Actor actor;
  private Locale locale = MoneyFormat.NORWEGIAN;

  void set(Actor actor, Locale locale) {
    this.actor = actor;
    this.locale = locale;
  }

  public Actor actor() {
    if (actor == null) {
      throw new AccessDeniedException();
    }
    return actor;
  }

  public Locale locale() {
    return locale;
  }
}
