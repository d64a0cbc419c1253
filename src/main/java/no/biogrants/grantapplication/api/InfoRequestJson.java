package no.biogrants.grantapplication.api;

import no.biogrants.grantapplication.InfoRequest;

/**
 * A caseworker's question about the application and the applicant's answer: {@code deadline}
 * YYYY-MM-DD, times ISO-8601 UTC; {@code open} while unanswered ({@code answer} is then null).
 */
public record InfoRequestJson(
    long id,
    String question,
    String deadline,
    String askedAt,
    boolean open,
    String answer,
    String answeredAt) {

  static InfoRequestJson of(InfoRequest request) {
    return new InfoRequestJson(
        request.getId(),
        request.getQuestion(),
        request.getDeadline().toString(),
        request.getAskedAt().toString(),
        request.isOpen(),
        request.getAnswer(),
        request.getAnsweredAt() == null ? null : request.getAnsweredAt().toString());
  }
}
