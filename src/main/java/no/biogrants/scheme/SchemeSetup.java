package no.biogrants.scheme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import no.biogrants.identity.Role;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * Sets up a county's scheme with a round and the default rubric (admin work; demo data uses it).
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.SYSTEM_ROLE})
public class SchemeSetup {

  /** The default rubric of design §4 in its order: criterion code → weight in percent. */
  public static final Map<String, Integer> DEFAULT_RUBRIC = defaultRubric();

  private static Map<String, Integer> defaultRubric() {
    Map<String, Integer> rubric = new LinkedHashMap<>();
    rubric.put("RESTRUCTURING_NEED", 25);
    rubric.put("RELEVANCE", 20);
    rubric.put("PLAN_QUALITY", 20);
    rubric.put("FEASIBILITY", 15);
    rubric.put("PRIORITY_GROUPS", 10);
    rubric.put("COST_PER_PARTICIPANT", 10);
    return Collections.unmodifiableMap(rubric);
  }

  @PersistenceContext private EntityManager em;

  /** A scheme with the default rules of 2020-2021 (50 %, 700 000, 500 000, 75 %). */
  public Scheme defaultScheme(String countyCode, int year, String name) {
    Scheme scheme =
        new Scheme(
            countyCode,
            year,
            name,
            Rate.percent("50"),
            Money.ofKroner(700_000),
            Money.ofKroner(500_000),
            Rate.percent("75"));
    em.persist(scheme);
    return scheme;
  }

  public FundingRound openRound(
      Scheme scheme,
      String name,
      LocalDate opensOn,
      LocalDate deadline,
      boolean rolling,
      Long budgetLineId) {
    FundingRound round = new FundingRound(scheme, name, opensOn, deadline, rolling, budgetLineId);
    em.persist(round);
    for (Map.Entry<String, Integer> criterion : DEFAULT_RUBRIC.entrySet()) {
      em.persist(round.addCriterion(criterion.getKey(), criterion.getValue()));
    }
    em.flush();
    return round;
  }
}
