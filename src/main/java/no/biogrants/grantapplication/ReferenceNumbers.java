package no.biogrants.grantapplication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import no.biogrants.identity.Role;
import no.biogrants.shared.BusinessException;

/**
 * Hands out application references YYYY-NNNN (past 9999: YYYY-A000 …, see {@link #format}),
 * numbered per county and year. The counter row is created if missing and then locked ({@code
 * SELECT … FOR UPDATE}) for the increment, so two submissions at the same moment never get the same
 * number (never MAX()+1).
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
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

  /** Base-36 numbers after the letter: A000 … AZZZ, B000 … ZZZZ. */
  private static final int PER_LETTER = 36 * 36 * 36;

  /** The highest number a county's year can hand out: 9999, then 26 letters of 36³ each. */
  public static final int LAST = 9999 + 26 * PER_LETTER;

  /**
   * YYYY-NNNN up to 9999; past that (the reference column holds nine characters) a letter and three
   * base-36 digits, YYYY-A000, YYYY-A001 … YYYY-ZZZZ, which sort after 9999 and stay nine
   * characters. Past {@link #LAST} a county's year is refused clearly, never cut short.
   */
  public static String format(int year, int number) {
    if (number < 1 || number > LAST) {
      throw new BusinessException("application.referencesExhausted", String.valueOf(year));
    }
    if (number <= 9999) {
      return String.format("%04d-%04d", year, number);
    }
    int k = number - 10_000;
    String tail = Integer.toString(k % PER_LETTER, 36).toUpperCase(Locale.ROOT);
    return String.format("%04d-", year)
        + (char) ('A' + k / PER_LETTER)
        + "0".repeat(3 - tail.length())
        + tail;
  }
}
