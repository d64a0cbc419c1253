package no.biogrants.budget;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads budget lines and their balances. */
@Stateless
public class Budgets {

  @PersistenceContext private EntityManager em;

  public List<BudgetLine> linesForYear(int year) {
    return em.createNamedQuery("BudgetLine.forYear", BudgetLine.class)
        .setParameter("year", year)
        .getResultList();
  }

  public List<BudgetLine> linesFor(String countyCode, int year) {
    return em.createNamedQuery("BudgetLine.forCountyAndYear", BudgetLine.class)
        .setParameter("county", countyCode)
        .setParameter("year", year)
        .getResultList();
  }

  public List<BudgetLine> linesOf(Long allocationId) {
    return em.createQuery(
            "SELECT b FROM BudgetLine b WHERE b.allocation.id = :allocation ORDER BY b.countyCode", BudgetLine.class)
        .setParameter("allocation", allocationId)
        .getResultList();
  }

  public BudgetLine line(Long id) {
    return em.find(BudgetLine.class, id);
  }

  public List<Integer> years() {
    return em.createQuery("SELECT DISTINCT b.year FROM BudgetLine b ORDER BY b.year DESC", Integer.class)
        .getResultList();
  }
}
