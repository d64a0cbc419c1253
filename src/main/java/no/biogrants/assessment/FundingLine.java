package no.biogrants.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * The round's ranking and funding line (design §4): the undecided applications ranked by score
 * (ties: submitted first), each with the amount it would get, summed against the money the round's
 * budget line has left; where the money runs out the line is drawn and the rest is the reserve
 * list. A what-if changes the money or the percentage funded without changing anything; a confirmed
 * ranking can recommend everything above the line at once.
 */
@Stateless
@RolesAllowed({Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class FundingLine {

  private static final List<ApplicationStatus> UNDECIDED =
      List.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.IN_REVIEW,
          ApplicationStatus.AWAITING_APPLICANT,
          ApplicationStatus.RECOMMENDED);

  @PersistenceContext private EntityManager em;
  @Inject private Budgets budgets;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;

  public Ranking rank(Actor actor, Long roundId, WhatIf whatIf) {
    FundingRound round = round(actor, roundId);
    BudgetLine line = budgets.line(round.getBudgetLineId());
    Money money = line.getAvailable().plus(whatIf.extraMoney()).max(Money.ZERO);
    List<GrantApplication> candidates =
        em.createQuery(
                "SELECT a FROM GrantApplication a WHERE a.round.id = :round AND a.status IN :statuses"
                    + " ORDER BY a.score DESC, a.submittedAt, a.id",
                GrantApplication.class)
            .setParameter("round", roundId)
            .setParameter("statuses", UNDECIDED)
            .getResultList();
    List<Ranking.Candidate> scored = new ArrayList<>();
    int unscored = 0;
    for (GrantApplication a : candidates) {
      if (a.getScore() == null) {
        unscored++;
        continue;
      }
      scored.add(
          new Ranking.Candidate(
              a.getId(),
              a.getReference(),
              a.getCompanyName(),
              a.getScore(),
              a.getStatus(),
              a.getAmountApplied(),
              proposal(a, whatIf)));
    }
    return Ranking.draw(money, scored, unscored);
  }

  /**
   * Recommends every application above the funding line that is scored and not recommended yet, at
   * its proposed amount, except those the caseworker has not declared themselves impartial on (they
   * stay for a caseworker who has). Returns how many were recommended.
   */
  public int recommendAboveTheLine(Actor actor, Long roundId, WhatIf whatIf) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER));
    int recommended = 0;
    for (RankedApplication row : rank(actor, roundId, whatIf).funded()) {
      boolean impartial =
          impartiality.declarationOf(actor, row.id()).filter(d -> !d.isConflicted()).isPresent();
      if (row.status() == ApplicationStatus.IN_REVIEW && impartial) {
        assessments.recommend(actor, row.id(), row.proposed(), "Innstilt fra rangeringen");
        recommended++;
      }
    }
    return recommended;
  }

  public List<FundingRound> roundsOf(Actor actor) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    return em.createNamedQuery("FundingRound.forCounty", FundingRound.class)
        .setParameter("county", actor.countyCode())
        .getResultList();
  }

  /**
   * The recommendation if there is one; otherwise the request (capped by the rules) at the
   * what-if's percentage.
   */
  private Money proposal(GrantApplication a, WhatIf whatIf) {
    Optional<Recommendation> recommendation =
        a.getStatus() == ApplicationStatus.RECOMMENDED
            ? assessments.currentRecommendation(a.getId())
            : Optional.empty();
    if (recommendation.isPresent()) {
      return recommendation.get().getAmount();
    }
    Money requested = a.getAmountApplied().min(a.maximumGrant());
    return requested
        .times(Rate.of(BigDecimal.valueOf(whatIf.percent()).movePointLeft(2)))
        .roundDownToWholeKroner();
  }

  private FundingRound round(Actor actor, Long roundId) {
    FundingRound round = roundId == null ? null : em.find(FundingRound.class, roundId);
    AccessDeniedException.unless(
        round != null
            && (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER))
            && actor.worksIn(round.getScheme().getCountyCode()));
    return round;
  }
}
