package no.biogrants.county;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.biogrants.identity.Role;

/** Reads the municipality register (reference data: SSB's classification, migration V028). */
@Stateless
@RolesAllowed({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
public class Municipalities {

  @PersistenceContext private EntityManager em;

  /** What the register says of the number in the year (CTY-R1, CTY-R2). */
  public MunicipalityInYear inYear(String number, int year) {
    List<Municipality> periods =
        em.createNamedQuery("Municipality.byNumber", Municipality.class)
            .setParameter("number", number)
            .getResultList();
    List<Municipality> successors =
        em.createNamedQuery("Municipality.successorsOf", Municipality.class)
            .setParameter("number", number)
            .getResultList();
    return MunicipalityInYear.of(number, year, periods, successors);
  }
}
