package no.biogrants.grantapplication.api;

import no.biogrants.scheme.FundingRound;

/**
 * The round an application is made in; {@code deadline} is YYYY-MM-DD, null for a rolling round.
 */
public record RoundJson(long id, String name, String deadline) {

  static RoundJson of(FundingRound round) {
    return new RoundJson(
        round.getId(),
        round.getName(),
        round.getDeadline() == null ? null : round.getDeadline().toString());
  }
}
