package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.ClockProducer;

/**
 * The county's queue of applications, paged, filtered and sorted in the database (never loaded
 * whole). Drafts are the applicant's own and never appear here.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
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
  public Map<ApplicationStatus, Long> countsByStatus(Actor actor) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
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
    QueueFilter f = query.filter();
    StringBuilder where =
        new StringBuilder(
            " FROM GrantApplication a WHERE a.status <> :draft AND a.countyCode = :county");
    if (f.status() != null) {
      where.append(" AND a.status = :status");
    }
    if (f.roundId() != null) {
      where.append(" AND a.round.id = :round");
    }
    if (f.assignee() != null) {
      where.append(" AND a.assignee = :assignee");
    }
    if (f.text() != null) {
      where.append(" AND (LOWER(a.companyName) LIKE :text OR a.reference LIKE :text)");
    }
    if (f.minScore() != null) {
      where.append(" AND a.score >= :minScore");
    }
    if (f.minAmount() != null) {
      where.append(" AND a.amountApplied >= :minAmount");
    }
    if (f.maxAmount() != null) {
      where.append(" AND a.amountApplied <= :maxAmount");
    }
    if (f.industry() != null) {
      where.append(" AND a.naceCode LIKE :industry");
    }
    if (f.submittedFrom() != null) {
      where.append(" AND a.submittedAt >= :from");
    }
    if (f.submittedTo() != null) {
      where.append(" AND a.submittedAt < :to");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> q, Actor actor, QueueQuery query) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    QueueFilter f = query.filter();
    q.setParameter("draft", ApplicationStatus.DRAFT);
    q.setParameter("county", actor.countyCode());
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (f.roundId() != null) {
      q.setParameter("round", f.roundId());
    }
    if (f.assignee() != null) {
      q.setParameter("assignee", f.assignee());
    }
    if (f.text() != null) {
      q.setParameter("text", "%" + literal(f.text().toLowerCase(Locale.ROOT)) + "%");
    }
    if (f.minScore() != null) {
      q.setParameter("minScore", f.minScore());
    }
    if (f.minAmount() != null) {
      q.setParameter("minAmount", f.minAmount());
    }
    if (f.maxAmount() != null) {
      q.setParameter("maxAmount", f.maxAmount());
    }
    if (f.industry() != null) {
      q.setParameter("industry", literal(f.industry()) + "%");
    }
    if (f.submittedFrom() != null) {
      q.setParameter("from", f.submittedFrom().atStartOfDay(ClockProducer.OSLO).toInstant());
    }
    if (f.submittedTo() != null) {
      q.setParameter(
          "to", f.submittedTo().plusDays(1).atStartOfDay(ClockProducer.OSLO).toInstant());
    }
  }

  /** A user's text inside LIKE: the wildcards and the escape character are dropped. */
  private static String literal(String text) {
    return text.replace("\\", "").replace("%", "").replace("_", "");
  }
}
