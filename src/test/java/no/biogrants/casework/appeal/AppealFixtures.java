package no.biogrants.casework.appeal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only moves for appeals inside the server: a decision made some days ago (MariaDB SQL). */
@Stateless
public class AppealFixtures {

  @PersistenceContext private EntityManager em;

  /** Moves the application's decisions {@code days} days back, as if they had been made then. */
  public void backdateDecisions(Long applicationId, int days) {
    em.createNativeQuery(
            "UPDATE decision SET decided_at = DATE_SUB(decided_at, INTERVAL "
                + days
                + " DAY) WHERE application_id = ?")
        .setParameter(1, applicationId)
        .executeUpdate();
  }
}
