package no.biogrants.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationRules;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.NorwegianFormat;
import no.biogrants.shared.OrganisationNumber;

/**
 * The eligibility gates (design §4), computed from the application and its company snapshot, each
 * with the inputs it was judged on. A caseworker may override a failed gate only with a written
 * reason, which is kept. An application is recommended only when every gate is cleared.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Gates {

  /** Legal forms of the public sector, which the scheme does not fund. */
  static final Set<String> PUBLIC_SECTOR = ApplicationRules.PUBLIC_SECTOR;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  public List<GateResult> evaluate(Actor actor, Long applicationId) {
    GrantApplication application = application(actor, applicationId);
    Map<Gate, GateOverride> overrides =
        em.createQuery(
                "SELECT o FROM GateOverride o WHERE o.applicationId = :id", GateOverride.class)
            .setParameter("id", applicationId)
            .getResultStream()
            .collect(Collectors.toMap(GateOverride::getGate, Function.identity()));
    List<GateResult> results = new ArrayList<>();
    for (Gate gate : Gate.values()) {
      GateOverride override = overrides.get(gate);
      results.add(
          new GateResult(
              gate,
              passes(gate, application),
              inputs(gate, application),
              override == null ? null : override.getReason(),
              override == null ? null : override.getOverriddenBy(),
              override == null ? null : override.getOverriddenAt()));
    }
    return results;
  }

  public void override(Actor actor, Long applicationId, Gate gate, String reason) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER));
    GrantApplication application = application(actor, applicationId);
    if (gate == null) {
      throw new InvalidInputException("validation.gate.required");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("validation.gate.reasonRequired");
    }
    if (reason.length() > GateOverride.REASON_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", GateOverride.REASON_MAXLENGTH);
    }
    if (passes(gate, application)) {
      throw new BusinessException("gate.notFailed");
    }
    Long existing =
        em.createQuery(
                "SELECT COUNT(o) FROM GateOverride o WHERE o.applicationId = :id AND o.gate = :gate",
                Long.class)
            .setParameter("id", applicationId)
            .setParameter("gate", gate)
            .getSingleResult();
    if (existing > 0) {
      throw new BusinessException("gate.alreadyOverridden");
    }
    em.persist(
        new GateOverride(applicationId, gate, reason.strip(), actor.username(), clock.instant()));
    audit.record(
        actor.username(),
        "GATE_OVERRIDDEN",
        "GrantApplication",
        applicationId,
        gate + ": " + reason.strip());
  }

  /** Refuses, naming the first gate, unless every gate is passed or overridden. */
  public void requireCleared(Actor actor, Long applicationId) {
    for (GateResult result : evaluate(actor, applicationId)) {
      if (!result.cleared()) {
        throw new BusinessException("gate.failed", result.gate());
      }
    }
  }

  static boolean passes(Gate gate, GrantApplication a) {
    return switch (gate) {
      case ORG_NUMBER_VALID -> OrganisationNumber.isValid(a.getOrgNumber().value());
      case COMPANY_SIZE -> ApplicationRules.eligibleSize(a.getEmployees());
      case COMPANY_COUNTY ->
          a.getCompany().getCountyCode().equals(a.getRound().getScheme().getCountyCode());
      case LEGAL_FORM ->
          ApplicationRules.eligibleLegalForm(a.getCompany().getLegalForm(), a.getEmployees());
      case COST_RULES -> a.costPlan().brokenRules().isEmpty();
      case CEILING -> !a.getAmountApplied().isGreaterThan(a.maximumGrant());
      case DEADLINE_MET -> {
        LocalDate deadline = a.getRound().getDeadline();
        yield a.getRound().isRolling()
            || deadline == null
            || (a.getSubmittedAt() != null
                && !a.getSubmittedAt().atZone(ClockProducer.OSLO).toLocalDate().isAfter(deadline));
      }
    };
  }

  static String inputs(Gate gate, GrantApplication a) {
    return switch (gate) {
      case ORG_NUMBER_VALID -> a.getOrgNumber().formatted();
      case COMPANY_SIZE -> a.getEmployees() + "";
      case COMPANY_COUNTY ->
          a.getCompany().getCountyCode() + " / " + a.getRound().getScheme().getCountyCode();
      case LEGAL_FORM -> a.getCompany().getLegalForm() + ", " + a.getEmployees();
      case COST_RULES ->
          NorwegianFormat.money(a.costPlan().trainingCosts())
              + " / "
              + NorwegianFormat.money(a.costPlan().eligibleCosts());
      case CEILING ->
          NorwegianFormat.money(a.getAmountApplied())
              + " / "
              + NorwegianFormat.money(a.maximumGrant());
      case DEADLINE_MET ->
          (a.getSubmittedAt() == null ? "-" : NorwegianFormat.dateOf(a.getSubmittedAt()))
              + " / "
              + (a.getRound().isRolling() || a.getRound().getDeadline() == null
                  ? "løpende"
                  : NorwegianFormat.date(a.getRound().getDeadline()));
    };
  }

  private GrantApplication application(Actor actor, Long applicationId) {
    GrantApplication application = em.find(GrantApplication.class, applicationId);
    AccessDeniedException.unless(
        application != null
            && (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER))
            && actor.worksIn(application.getCountyCode()));
    return application;
  }
}
