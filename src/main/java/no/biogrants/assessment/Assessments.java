package no.biogrants.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.MessageKey;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;

/**
 * The caseworker's assessment: takes a submitted application into review, scores it on the round's
 * rubric (every criterion, each with a justification) and recommends an amount.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class Assessments {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private Impartiality impartiality;
  @Inject private Gates gates;
  @Inject private ConditionLibrary conditionLibrary;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "bio.scoring.moderation-margin",
      defaultValue = "15")
  private BigDecimal moderationMargin;

  /** An application of the caseworker's (or approver's) county, for casework. */
  public GrantApplication caseOf(Actor actor, Long applicationId) {
    GrantApplication application = em.find(GrantApplication.class, applicationId);
    AccessDeniedException.unless(
        application != null
            && (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER))
            && actor.worksIn(application.getCountyCode())
            && application.getStatus() != ApplicationStatus.DRAFT);
    application.getHistory().size();
    application.getCostPlanLines().size();
    return application;
  }

  /** Scores the application; the first scoring takes a submitted application into review. */
  public ScoreSheet score(Actor actor, Long applicationId, List<CriterionInput> inputs) {
    return score(actor, applicationId, inputs, false);
  }

  /**
   * Scores as moderator: settles a difference between two caseworkers' independent scores; refused
   * when there is no such difference.
   */
  public ScoreSheet moderate(Actor actor, Long applicationId, List<CriterionInput> inputs) {
    if (divergence(applicationId).isEmpty()) {
      throw new BusinessException("score.noModerationNeeded");
    }
    return score(actor, applicationId, inputs, true);
  }

  /**
   * The difference that needs moderation, if any: the newest scores of two different caseworkers
   * differ by more than the margin, and no moderated score has been made since.
   */
  public Optional<ScoreDivergence> divergence(Long applicationId) {
    List<ScoreSheet> sheets = scoreHistory(applicationId);
    Map<String, ScoreSheet> newestPerScorer = new LinkedHashMap<>();
    for (ScoreSheet sheet : sheets) {
      if (sheet.isModerated()) {
        return Optional.empty();
      }
      newestPerScorer.putIfAbsent(sheet.getScorer(), sheet);
    }
    List<ScoreSheet> newest = List.copyOf(newestPerScorer.values());
    if (newest.size() < 2) {
      return Optional.empty();
    }
    ScoreSheet a = newest.get(0);
    ScoreSheet b = newest.get(1);
    BigDecimal difference = a.getTotal().subtract(b.getTotal()).abs();
    return difference.compareTo(moderationMargin) > 0
        ? Optional.of(
            new ScoreDivergence(
                a.getScorer(),
                a.getTotal(),
                b.getScorer(),
                b.getTotal(),
                difference,
                moderationMargin))
        : Optional.empty();
  }

  private ScoreSheet score(
      Actor actor, Long applicationId, List<CriterionInput> inputs, boolean moderated) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER));
    GrantApplication application = caseOf(actor, applicationId);
    impartiality.requireImpartial(actor, applicationId);
    Instant now = clock.instant();
    if (application.getStatus() == ApplicationStatus.SUBMITTED) {
      application.startReview(actor.username(), now);
      audit.record(actor.username(), "STATUS_IN_REVIEW", "GrantApplication", applicationId, null);
    }
    List<RubricCriterion> rubric = application.getRound().getRubric();
    Map<Long, CriterionInput> byCriterion =
        inputs.stream()
            .filter(i -> i.criterionId() != null)
            .collect(
                Collectors.toMap(CriterionInput::criterionId, Function.identity(), (a, b) -> b));
    List<Scoring.Scored> scored = new ArrayList<>();
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < rubric.size(); i++) {
      RubricCriterion criterion = rubric.get(i);
      CriterionInput input = byCriterion.get(criterion.getId());
      MessageKey name = new MessageKey("criterion." + criterion.getCode());
      if (input == null || input.score() == null) {
        violations.add(
            FieldViolation.of("scores[" + i + "].score", "validation.score.required", name));
      }
      if (input == null || input.justification() == null || input.justification().isBlank()) {
        violations.add(
            FieldViolation.of(
                "scores[" + i + "].justification", "validation.score.justificationRequired", name));
      } else if (input.justification().length() > CriterionScore.JUSTIFICATION_MAXLENGTH) {
        violations.add(
            FieldViolation.of(
                "scores[" + i + "].justification",
                "validation.tooLong",
                CriterionScore.JUSTIFICATION_MAXLENGTH));
      }
      if (violations.isEmpty()) {
        scored.add(new Scoring.Scored(criterion.getWeightPercent(), input.score()));
      }
    }
    InvalidInputException.throwIfAny(violations);
    BigDecimal total = Scoring.weightedScore(scored);
    ScoreSheet sheet = new ScoreSheet(applicationId, actor.username(), now, total, moderated);
    for (RubricCriterion criterion : rubric) {
      CriterionInput input = byCriterion.get(criterion.getId());
      sheet.add(criterion.getId(), input.score(), input.justification().strip());
    }
    em.persist(sheet);
    application.recordScore(total);
    em.flush();
    audit.record(
        actor.username(),
        moderated ? "SCORE_MODERATED" : "SCORED",
        "GrantApplication",
        applicationId,
        "score " + total + " sheet " + sheet.getId());
    return sheet;
  }

  /**
   * Recommends an amount on the round's budget line as de minimis aid with the library's standard
   * conditions.
   */
  public Recommendation recommend(Actor actor, Long applicationId, Money amount, String note) {
    return recommend(actor, applicationId, amount, note, StateAidBasis.DE_MINIMIS, null);
  }

  /**
   * Recommends an amount (not above the rules' maximum) on the round's budget line, under a
   * state-aid basis, with conditions as the caseworker worded them ({@code null}: the library's
   * standard conditions for the basis).
   */
  public Recommendation recommend(
      Actor actor,
      Long applicationId,
      Money amount,
      String note,
      StateAidBasis basis,
      List<String> conditions) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER));
    if (basis == null) {
      throw new InvalidInputException("stateAidBasis.required");
    }
    if (amount == null || !amount.isPositive()) {
      throw new InvalidInputException("validation.amount.positive");
    }
    if (note != null && note.length() > Recommendation.NOTE_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", Recommendation.NOTE_MAXLENGTH);
    }
    GrantApplication application = caseOf(actor, applicationId);
    impartiality.requireImpartial(actor, applicationId);
    gates.requireCleared(actor, applicationId);
    if (divergence(applicationId).isPresent()) {
      throw new BusinessException("score.moderationNeeded");
    }
    List<String> terms =
        conditions == null
            ? conditionLibrary.defaultsFor(application.getCountyCode(), basis)
            : ConditionLibrary.checkedConditions(conditions);
    Instant now = clock.instant();
    application.recommend(amount, actor.username(), now);
    Recommendation recommendation =
        new Recommendation(
            applicationId,
            amount,
            application.getRound().getBudgetLineId(),
            actor.username(),
            now,
            note,
            basis,
            terms);
    em.persist(recommendation);
    em.flush();
    audit.record(
        actor.username(),
        "STATUS_RECOMMENDED",
        "GrantApplication",
        applicationId,
        "amount "
            + NorwegianFormat.money(amount)
            + " basis "
            + basis
            + " conditions "
            + terms.size());
    return recommendation;
  }

  public Optional<Recommendation> currentRecommendation(Long applicationId) {
    return em.createNamedQuery("Recommendation.forApplication", Recommendation.class)
        .setParameter("application", applicationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<ScoreSheet> scoreHistory(Long applicationId) {
    List<ScoreSheet> sheets =
        em.createNamedQuery("ScoreSheet.forApplication", ScoreSheet.class)
            .setParameter("application", applicationId)
            .getResultList();
    sheets.forEach(s -> s.getScores().size());
    return sheets;
  }
}
