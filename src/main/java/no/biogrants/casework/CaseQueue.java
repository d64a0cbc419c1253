package no.biogrants.casework;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;

/**
 * The county's queue of applications, paged, filtered and sorted in the database (never loaded
 * whole). Drafts are the applicant's own and never appear here.
 */
@Stateless
public class CaseQueue {

  @PersistenceContext private EntityManager em;

  public List<QueueRow> page(Actor actor, QueueQuery query) {
    String jpql =
        "SELECT NEW no.biogrants.casework.QueueRow(a.id, a.reference, a.companyName, a.round.name,"
            + " a.status, a.amountApplied, a.score, a.assignee, a.submittedAt)"
            + where(query)
            + " ORDER BY a."
            + query.sortField()
            + (query.ascending() ? " ASC" : " DESC")
            + ", a.id DESC";
    TypedQuery<QueueRow> q = em.createQuery(jpql, QueueRow.class);
    bind(q, actor, query);
    return q.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
  }

  public int count(Actor actor, QueueQuery query) {
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(a)" + where(query), Long.class);
    bind(q, actor, query);
    return q.getSingleResult().intValue();
  }

  /** How many of the county's cases are in each status (drafts excluded), for the counters. */
  public java.util.Map<ApplicationStatus, Long> countsByStatus(Actor actor) {
    AccessDeniedException.unless((actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    java.util.Map<ApplicationStatus, Long> counts = new java.util.EnumMap<>(ApplicationStatus.class);
    em.createQuery(
            "SELECT a.status, COUNT(a) FROM GrantApplication a WHERE a.countyCode = :county AND a.status <> :draft GROUP BY a.status",
            Object[].class)
        .setParameter("county", actor.countyCode())
        .setParameter("draft", ApplicationStatus.DRAFT)
        .getResultList()
        .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
    return counts;
  }

  private static String where(QueueQuery query) {
    StringBuilder where =
        new StringBuilder(" FROM GrantApplication a WHERE a.status <> :draft AND a.countyCode = :county");
    if (query.status() != null) {
      where.append(" AND a.status = :status");
    }
    if (query.assignee() != null) {
      where.append(" AND a.assignee = :assignee");
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" AND (LOWER(a.companyName) LIKE :text OR a.reference LIKE :text)");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> q, Actor actor, QueueQuery query) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    q.setParameter("draft", ApplicationStatus.DRAFT);
    q.setParameter("county", actor.countyCode());
    if (query.status() != null) {
      q.setParameter("status", query.status());
    }
    if (query.assignee() != null) {
      q.setParameter("assignee", query.assignee());
    }
    if (query.text() != null && !query.text().isBlank()) {
      String escaped = query.text().strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
      q.setParameter("text", "%" + escaped + "%");
    }
  }
}
