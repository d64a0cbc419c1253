package no.biogrants.county;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;

/** Reads the county register. */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Counties {

  @PersistenceContext private EntityManager em;

  public List<County> all() {
    return em.createNamedQuery("County.all", County.class).getResultList();
  }

  /**
   * Registers (or replaces) the inhabitants of every county for a year: the base of the
   * per-inhabitant key. National admins only; every county of the year must be given.
   */
  public void registerInhabitants(Actor actor, int year, Map<String, Integer> inhabitants) {
    AccessDeniedException.unless(actor.has(Role.ADMIN) && actor.countyCode() == null);
    List<String> codes = activeIn(year).stream().map(County::getCode).toList();
    if (!inhabitants.keySet().containsAll(codes) || !codes.containsAll(inhabitants.keySet())) {
      throw new InvalidInputException("validation.inhabitants.allCounties");
    }
    for (Map.Entry<String, Integer> e : inhabitants.entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) {
        throw new InvalidInputException("validation.inhabitants.positive", e.getKey());
      }
    }
    em.createQuery("DELETE FROM CountyPopulation p WHERE p.populationYear = :year")
        .setParameter("year", year)
        .executeUpdate();
    inhabitants.forEach((county, count) -> em.persist(new CountyPopulation(county, year, count)));
  }

  /** The counties that existed in the year (the 2024 reform split three of them). */
  public List<County> activeIn(int year) {
    return all().stream()
        .filter(c -> c.getValidFrom() <= year && (c.getValidTo() == null || c.getValidTo() >= year))
        .toList();
  }

  public County byCode(String code) {
    return em.find(County.class, code);
  }

  public Map<String, String> namesByCode() {
    return all().stream().collect(Collectors.toMap(County::getCode, County::getName));
  }

  /**
   * Inhabitants per county for the newest population year not after {@code year} (falls back to the
   * oldest figures we have when none is that old).
   */
  public Map<String, Integer> inhabitants(int year) {
    return new TreeMap<>(inhabitantsInForce(year).byCounty());
  }

  /**
   * The inhabitants in force for {@code year}, with the year they were published for: the newest
   * population year not after it, or the oldest we hold when none is that old (CTY-P1).
   */
  public PublishedInhabitants inhabitantsInForce(int year) {
    Integer populationYear =
        em.createNamedQuery("CountyPopulation.latestYearUpTo", Integer.class)
            .setParameter("year", year)
            .getSingleResult();
    if (populationYear == null) {
      populationYear =
          em.createQuery("SELECT MIN(p.populationYear) FROM CountyPopulation p", Integer.class)
              .getSingleResult();
    }
    if (populationYear == null) {
      return new PublishedInhabitants(year, Map.of());
    }
    return new PublishedInhabitants(
        populationYear,
        em
            .createNamedQuery("CountyPopulation.forYear", CountyPopulation.class)
            .setParameter("year", populationYear)
            .getResultList()
            .stream()
            .collect(
                Collectors.toMap(
                    CountyPopulation::getCountyCode, CountyPopulation::getInhabitants)));
  }
}
