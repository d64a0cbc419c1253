package no.biogrants.scheme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.identity.Role;

/** Schemes and rounds: which rounds of a county are open to applications today. */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Schemes {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<FundingRound> openRounds(String countyCode) {
    LocalDate today = LocalDate.now(clock);
    return roundsOf(countyCode).stream().filter(r -> r.isOpenOn(today)).toList();
  }

  public List<FundingRound> roundsOf(String countyCode) {
    return em.createNamedQuery("FundingRound.forCounty", FundingRound.class)
        .setParameter("county", countyCode)
        .getResultList();
  }

  public FundingRound round(Long id) {
    FundingRound round = em.find(FundingRound.class, id);
    if (round != null && round.getScheme() == null) {
      // A read cut off by a database outage can leave a round without its scheme (a NOT NULL
      // column) in the shared cache: forget it and read it again (failing with the outage if it
      // lasts).
      em.getEntityManagerFactory().getCache().evict(FundingRound.class, id);
      em.detach(round);
      round = em.find(FundingRound.class, id);
    }
    return round;
  }
}
