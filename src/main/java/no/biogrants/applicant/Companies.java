package no.biogrants.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.biogrants.identity.Role;
import no.biogrants.shared.OrganisationNumber;

/**
 * Looks companies up for other features (the application form, the applicant's services), with no
 * access check of its own: the callers check. Registering and changing companies is {@link
 * CompanyRegistry}'s, with the actor's rights checked and every change audited.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Companies {

  @PersistenceContext private EntityManager em;

  public List<Company> forUser(Long userId) {
    return em.createNamedQuery("Company.forUser", Company.class)
        .setParameter("userId", userId)
        .getResultList();
  }

  public Optional<Company> byOrgNumber(OrganisationNumber orgNumber) {
    return em.createNamedQuery("Company.byOrgNumber", Company.class)
        .setParameter("orgNumber", orgNumber)
        .getResultStream()
        .findFirst();
  }

  public Company find(Long id) {
    return em.find(Company.class, id);
  }
}
