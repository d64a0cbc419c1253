package no.biogrants.grantapplication;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out application references YYYY-NNNN, numbered per county and year. The counter row is
 * created if missing and then locked ({@code SELECT … FOR UPDATE}) for the increment, so two
 * submissions at the same moment never get the same number (never MAX()+1).
 */
@Stateless
public class ReferenceNumbers {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String next(String countyCode, int year) {
    em.createNativeQuery(
            "INSERT INTO reference_counter (county_code, counter_year, last_value) VALUES (?, ?, 0)"
                + " ON DUPLICATE KEY UPDATE last_value = last_value")
        .setParameter(1, countyCode)
        .setParameter(2, year)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM reference_counter WHERE county_code = ? AND counter_year = ? FOR UPDATE")
                .setParameter(1, countyCode)
                .setParameter(2, year)
                .getSingleResult();
    int next = last.intValue() + 1;
    em.createNativeQuery(
            "UPDATE reference_counter SET last_value = ? WHERE county_code = ? AND counter_year = ?")
        .setParameter(1, next)
        .setParameter(2, countyCode)
        .setParameter(3, year)
        .executeUpdate();
    return format(year, next);
  }

  public static String format(int year, int number) {
    return String.format("%04d-%04d", year, number);
  }
}
