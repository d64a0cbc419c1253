package no.biogrants.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * Registers allocations and splits them into county budget lines. A national admin registers for
 * all counties; a county admin only money for their own county (a manual split with that county
 * alone). The split is shown before it is booked, and booked as ALLOCATION entries.
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.SYSTEM_ROLE})
public class Allocations {

  @PersistenceContext private EntityManager em;
  @Inject private Counties counties;
  @Inject private Ledger ledger;
  @Inject private Clock clock;

  /** The unit county shares are rounded to (whole 1000 NOK unless configured otherwise). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "bio.allocation.rounding-unit",
      defaultValue = "1000")
  private BigDecimal roundingUnit;

  /** The county amounts the request gives, without booking anything. */
  public Map<String, Money> preview(Actor actor, AllocationRequest request) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    Map<String, Money> split = split(request);
    if (actor.countyCode() != null) {
      AccessDeniedException.unless(split.keySet().equals(Set.of(actor.countyCode())));
    }
    return split;
  }

  public Allocation register(Actor actor, AllocationRequest request) {
    Map<String, Money> split = preview(actor, request);
    Allocation allocation =
        new Allocation(
            request.name(),
            request.source(),
            request.year(),
            request.amount(),
            request.purposes(),
            request.method(),
            actor.username(),
            clock.instant());
    return ledger.registerAllocation(allocation, split, request.name(), actor.username());
  }

  public List<Allocation> all() {
    return em.createQuery(
            "SELECT a FROM Allocation a ORDER BY a.year DESC, a.id DESC", Allocation.class)
        .getResultList();
  }

  private Map<String, Money> split(AllocationRequest request) {
    List<String> codes = counties.activeIn(request.year()).stream().map(County::getCode).toList();
    return switch (request.method()) {
      case PER_INHABITANT ->
          AllocationKey.split(
              request.amount(),
              inhabitantsOfTheYearsCounties(request.year(), codes),
              unit(),
              AllocationKey.Remainder.ON_FIRST_COUNTY);
      case FIXED_SHARES -> fixedShares(request, codes);
      case MANUAL -> manual(request, codes);
    };
  }

  /**
   * The inhabitants in force for the year, which must be those of the year's counties (CTY-P2): a
   * 2027 allocation is never split by the 2021 figures of counties closed since.
   */
  private Map<String, Integer> inhabitantsOfTheYearsCounties(int year, List<String> codes) {
    Map<String, Integer> inhabitants = counties.inhabitants(year);
    if (!inhabitants.keySet().equals(new TreeSet<>(codes))) {
      throw new InvalidInputException(
          "validation.allocation.inhabitantsOtherCounties", String.valueOf(year));
    }
    return inhabitants;
  }

  private Money unit() {
    return Money.of(roundingUnit);
  }

  private Map<String, Money> fixedShares(AllocationRequest request, List<String> codes) {
    Map<String, BigDecimal> shares = known(request.keys(), codes);
    if (!shares.keySet().containsAll(codes)) {
      throw new InvalidInputException("validation.allocation.keyMissingCounties");
    }
    BigDecimal sum = BigDecimal.ZERO;
    Map<String, Integer> weights = new TreeMap<>();
    for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
      if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().scale() > 4) {
        throw new InvalidInputException("validation.allocation.shareInvalid", e.getKey());
      }
      sum = sum.add(e.getValue());
      weights.put(e.getKey(), e.getValue().movePointRight(4).intValueExact());
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new InvalidInputException(
          "validation.allocation.sharesNotHundred", sum.stripTrailingZeros().toPlainString());
    }
    return AllocationKey.split(
        request.amount(), weights, unit(), AllocationKey.Remainder.ON_FIRST_COUNTY);
  }

  private static Map<String, Money> manual(AllocationRequest request, List<String> codes) {
    Map<String, BigDecimal> amounts = known(request.keys(), codes);
    Map<String, Money> split = new LinkedHashMap<>();
    Money sum = Money.ZERO;
    for (Map.Entry<String, BigDecimal> e : new TreeMap<>(amounts).entrySet()) {
      if (e.getValue() == null || e.getValue().signum() == 0) {
        continue;
      }
      if (e.getValue().signum() < 0) {
        throw new InvalidInputException("validation.amount.notNegative");
      }
      Money amount = Money.of(e.getValue());
      split.put(e.getKey(), amount);
      sum = sum.plus(amount);
    }
    if (split.isEmpty()) {
      throw new InvalidInputException("validation.allocation.keyMissingCounties");
    }
    if (!sum.isEqualTo(request.amount())) {
      throw new InvalidInputException("validation.allocation.manualSum", sum, request.amount());
    }
    return split;
  }

  /** Refuses counties that do not exist in the allocation's year. */
  private static Map<String, BigDecimal> known(Map<String, BigDecimal> keys, List<String> codes) {
    for (String county : keys.keySet()) {
      if (!codes.contains(county)) {
        throw new InvalidInputException("validation.allocation.unknownCounty", county);
      }
    }
    return keys;
  }
}
