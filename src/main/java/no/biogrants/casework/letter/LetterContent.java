package no.biogrants.casework.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.biogrants.casework.DecisionOutcome;
import no.biogrants.shared.Money;

/**
 * Everything a decision letter (vedtaksbrev) says, already resolved to plain values: no entities,
 * no bundle keys. The casework service fills it from the decision, the application, the scheme and
 * the county; {@link DecisionLetter} turns it into blocks that both renderers draw.
 *
 * <p>A grant (GRANTED or PARTIALLY_GRANTED) must carry the granted amount, the eligible costs, the
 * aid intensity, the state-aid basis and the acceptance deadline; a rejection or dismissal may
 * leave them null. A grant's payment plan sums exactly to the granted amount. Every letter states
 * the rules, the facts and the main considerations (fvl § 25). Lists are copied (null means empty).
 *
 * @param countyName the deciding county, e.g. "Vestland fylkeskommune"
 * @param countyAppealBody who decides an appeal, e.g. "fylkeskommunens klagenemnd"
 * @param contactName the caseworker the company can contact
 * @param orgNumber already formatted, e.g. "123 456 789"
 * @param aidIntensityPercent the share of eligible costs granted, in percent (50 = 50 %)
 * @param score the weighted total 0–100, or null when the application was not scored
 * @param appealDeadline three weeks after the letter reaches the party (fvl § 29)
 * @param committeeCaseNumber set when the political committee decided (above the delegation limit);
 *     the letter then names the committee's case number
 */
public record LetterContent(
    String countyName,
    String countyAppealBody,
    String contactName,
    LocalDate letterDate,
    String reference,
    String companyName,
    String orgNumber,
    String applicationTitle,
    DecisionOutcome outcome,
    String schemeName,
    int schemeYear,
    Money amountApplied,
    Money amountGranted,
    Money eligibleCosts,
    BigDecimal aidIntensityPercent,
    List<String> rulesApplied,
    List<String> facts,
    String mainConsiderations,
    BigDecimal score,
    List<ScoreLine> scoreLines,
    String stateAidBasis,
    List<String> conditions,
    LocalDate acceptanceDeadline,
    List<Instalment> paymentPlan,
    LocalDate appealDeadline,
    String decidedBy,
    String committeeCaseNumber) {

  /** One line of the rubric as scored: a criterion, its weight, the score 1–5 and why. */
  public record ScoreLine(String criterion, int weightPercent, int score, String justification) {

    public ScoreLine {
      Objects.requireNonNull(criterion, "criterion");
      if (score < 1 || score > 5) {
        throw new IllegalArgumentException("score must be 1-5, was " + score);
      }
      justification = justification == null ? "" : justification;
    }
  }

  /** One payment of the grant, e.g. "75 % ved godkjent delrapport". */
  public record Instalment(String description, Money amount) {

    public Instalment {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(amount, "amount");
    }
  }

  public LetterContent {
    Objects.requireNonNull(countyName, "countyName");
    Objects.requireNonNull(countyAppealBody, "countyAppealBody");
    Objects.requireNonNull(contactName, "contactName");
    Objects.requireNonNull(letterDate, "letterDate");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(companyName, "companyName");
    Objects.requireNonNull(orgNumber, "orgNumber");
    Objects.requireNonNull(applicationTitle, "applicationTitle");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(schemeName, "schemeName");
    Objects.requireNonNull(amountApplied, "amountApplied");
    Objects.requireNonNull(mainConsiderations, "mainConsiderations");
    Objects.requireNonNull(appealDeadline, "appealDeadline");
    Objects.requireNonNull(decidedBy, "decidedBy");
    rulesApplied = copy(rulesApplied);
    facts = copy(facts);
    scoreLines = copy(scoreLines);
    conditions = copy(conditions);
    paymentPlan = copy(paymentPlan);
    if (committeeCaseNumber != null && committeeCaseNumber.isBlank()) {
      committeeCaseNumber = null;
    }
    require(!rulesApplied.isEmpty(), "the rules applied (fvl § 25 first paragraph)");
    require(!facts.isEmpty(), "the facts (fvl § 25 second paragraph)");
    require(
        score == null || (score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0),
        "a score between 0 and 100");
    require(!mainConsiderations.isBlank(), "the main considerations (fvl § 25 third paragraph)");
    if (isGrant(outcome)) {
      Objects.requireNonNull(amountGranted, "amountGranted (a grant)");
      Objects.requireNonNull(eligibleCosts, "eligibleCosts (a grant)");
      Objects.requireNonNull(aidIntensityPercent, "aidIntensityPercent (a grant)");
      Objects.requireNonNull(stateAidBasis, "stateAidBasis (a grant)");
      Objects.requireNonNull(acceptanceDeadline, "acceptanceDeadline (a grant)");
      require(!paymentPlan.isEmpty(), "a payment plan (a grant)");
      require(
          total(paymentPlan).isEqualTo(amountGranted),
          "a payment plan that sums to the granted amount");
    }
  }

  /** The sum of the instalments. */
  public static Money total(List<Instalment> paymentPlan) {
    return paymentPlan.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
  }

  /** GRANTED or PARTIALLY_GRANTED: the letter then has the grant-only sections. */
  public boolean isGrant() {
    return isGrant(outcome);
  }

  public boolean isByCommittee() {
    return committeeCaseNumber != null;
  }

  /** A score or rubric lines to show under "Poengsum". */
  public boolean hasScore() {
    return score != null || !scoreLines.isEmpty();
  }

  private static boolean isGrant(DecisionOutcome outcome) {
    return outcome == DecisionOutcome.GRANTED || outcome == DecisionOutcome.PARTIALLY_GRANTED;
  }

  private static void require(boolean present, String what) {
    if (!present) {
      throw new IllegalArgumentException("A decision letter needs " + what);
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
