package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import no.biogrants.assessment.FundingLine;
import no.biogrants.assessment.Ranking;
import no.biogrants.assessment.WhatIf;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.Money;

/** A round's ranking and funding line, with the what-if and the bulk recommendation. */
@Named
@ViewScoped
public class RankingPage implements Serializable {

  @Inject private FundingLine fundingLine;
  @Inject private ActiveUser activeUser;

  private Long roundId;
  private List<FundingRound> rounds;
  private BigDecimal extraMoney;
  private Integer percent = 100;
  private Ranking ranking;

  @PostConstruct
  void init() {
    rounds = fundingLine.roundsOf(activeUser.actor());
    if (!rounds.isEmpty()) {
      roundId = rounds.get(0).getId();
    }
    calculate();
  }

  /** Recalculates with the what-if; books nothing. */
  public void calculate() {
    if (roundId == null) {
      ranking = null;
      return;
    }
    Ranking calculated =
        FacesActions.attempt(null, () -> fundingLine.rank(activeUser.actor(), roundId, whatIf()));
    if (calculated != null) {
      ranking = calculated;
    }
  }

  public void recommendAboveTheLine() {
    Integer count =
        FacesActions.attempt(
            null, () -> fundingLine.recommendAboveTheLine(activeUser.actor(), roundId, whatIf()));
    if (count != null) {
      Messages.info("ranking.recommended", count);
      calculate();
    }
  }

  private WhatIf whatIf() {
    return new WhatIf(
        extraMoney == null ? Money.ZERO : Money.of(extraMoney), percent == null ? 100 : percent);
  }

  public boolean isCanRecommend() {
    return activeUser.hasRole(Role.CASEWORKER);
  }

  public List<FundingRound> getRounds() {
    return rounds;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public BigDecimal getExtraMoney() {
    return extraMoney;
  }

  public void setExtraMoney(BigDecimal extraMoney) {
    this.extraMoney = extraMoney;
  }

  public Integer getPercent() {
    return percent;
  }

  public void setPercent(Integer percent) {
    this.percent = percent;
  }

  public Ranking getRanking() {
    return ranking;
  }
}
