package no.biogrants.applicant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.biogrants.shared.OrganisationNumber;

/** The company register of the applicants. */
@Stateless
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

  public Company register(Company company) {
    em.persist(company);
    return company;
  }
}
