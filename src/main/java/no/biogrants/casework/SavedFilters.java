package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;

/** A user's saved queue filters: save (a name used again replaces that filter), list, delete. */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class SavedFilters {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public SavedFilter save(Actor actor, String name, QueueFilter filter) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER));
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("queue.filterNameRequired");
    }
    if (name.strip().length() > SavedFilter.NAME_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", SavedFilter.NAME_MAXLENGTH);
    }
    String clean = name.strip();
    SavedFilter existing =
        mine(actor).stream().filter(f -> f.getName().equals(clean)).findFirst().orElse(null);
    if (existing != null) {
      existing.replace(filter);
      return existing;
    }
    SavedFilter saved = new SavedFilter(actor.username(), clean, filter, clock.instant());
    em.persist(saved);
    return saved;
  }

  public List<SavedFilter> mine(Actor actor) {
    return em.createNamedQuery("SavedFilter.of", SavedFilter.class)
        .setParameter("user", actor.username())
        .getResultList();
  }

  public void delete(Actor actor, Long id) {
    SavedFilter filter = em.find(SavedFilter.class, id);
    AccessDeniedException.unless(filter != null && filter.getUsername().equals(actor.username()));
    em.remove(filter);
  }
}
