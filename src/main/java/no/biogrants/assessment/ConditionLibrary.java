package no.biogrants.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;

/**
 * The library of standard conditions. Caseworkers pick from it when they recommend and may reword
 * or add conditions for the case; the recommendation keeps its own copy, so changing the library
 * never changes a decision already made. Admins keep their county's library (national templates are
 * shared by all counties and are changed by a national admin only).
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.ADMIN_ROLE, Role.SYSTEM_ROLE})
public class ConditionLibrary {

  /** The most conditions one recommendation may carry. */
  public static final int MAX_CONDITIONS = 30;

  /** The national template that only fits de minimis grants. */
  static final String DE_MINIMIS_CODE = "DEMINIMIS";

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  public List<ConditionTemplate> templatesFor(String countyCode) {
    return em.createNamedQuery("ConditionTemplate.forCounty", ConditionTemplate.class)
        .setParameter("county", countyCode)
        .getResultList();
  }

  /** The conditions a new recommendation starts with: the whole library that fits the basis. */
  public List<String> defaultsFor(String countyCode, StateAidBasis basis) {
    return templatesFor(countyCode).stream()
        .filter(t -> basis == StateAidBasis.DE_MINIMIS || !DE_MINIMIS_CODE.equals(t.getCode()))
        .map(ConditionTemplate::getWording)
        .toList();
  }

  /** Adds a template to the admin's county (or to all counties for a national admin). */
  public ConditionTemplate add(Actor actor, String wording) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    String text = checked(wording);
    int next =
        templatesFor(actor.countyCode()).stream()
                .mapToInt(ConditionTemplate::getPosition)
                .max()
                .orElse(0)
            + 1;
    ConditionTemplate template =
        new ConditionTemplate(actor.countyCode(), "OWN-" + next, text, next);
    em.persist(template);
    em.flush();
    audit.record(actor.username(), "CONDITION_ADDED", "ConditionTemplate", template.getId(), text);
    return template;
  }

  public ConditionTemplate reword(
      Actor actor, Long templateId, String wording, long expectedVersion) {
    ConditionTemplate template = ownTemplate(actor, templateId, expectedVersion);
    String before = template.getWording();
    template.reword(checked(wording));
    audit.record(
        actor.username(),
        "CONDITION_REWORDED",
        "ConditionTemplate",
        templateId,
        before + " → " + template.getWording());
    return template;
  }

  public void remove(Actor actor, Long templateId, long expectedVersion) {
    ConditionTemplate template = ownTemplate(actor, templateId, expectedVersion);
    template.deactivate();
    audit.record(
        actor.username(),
        "CONDITION_REMOVED",
        "ConditionTemplate",
        templateId,
        template.getWording());
  }

  /**
   * Checks the conditions a caseworker wrote for a recommendation: blanks are dropped, each one at
   * most {@value ConditionTemplate#WORDING_MAXLENGTH} characters, at most {@value #MAX_CONDITIONS}.
   */
  public static List<String> checkedConditions(List<String> conditions) {
    List<String> kept = new ArrayList<>();
    for (String condition : conditions == null ? List.<String>of() : conditions) {
      if (condition != null && !condition.isBlank()) {
        kept.add(checked(condition));
      }
    }
    if (kept.size() > MAX_CONDITIONS) {
      throw new InvalidInputException("condition.tooMany", MAX_CONDITIONS);
    }
    return List.copyOf(kept);
  }

  private ConditionTemplate ownTemplate(Actor actor, Long templateId, long expectedVersion) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    ConditionTemplate template = em.find(ConditionTemplate.class, templateId);
    AccessDeniedException.unless(
        template != null
            && (template.isNational()
                ? actor.countyCode() == null
                : actor.worksIn(template.getCountyCode())));
    if (template.getVersion() != expectedVersion) {
      throw new OptimisticLockException(template);
    }
    return template;
  }

  private static String checked(String wording) {
    if (wording == null || wording.isBlank()) {
      throw new InvalidInputException("condition.required");
    }
    String text = wording.strip();
    if (text.length() > ConditionTemplate.WORDING_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", ConditionTemplate.WORDING_MAXLENGTH);
    }
    return text;
  }
}
