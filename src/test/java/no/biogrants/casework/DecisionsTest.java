package no.biogrants.casework;

import static no.biogrants.shared.Refusals.messageKeyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.TestSchemes;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;
import org.junit.jupiter.api.Test;

/**
 * The rules {@link Decisions} applies before it books anything ({@link DecisionRules}): four eyes,
 * written reasons, the delegation limit, the outcome of a grant and its acceptance deadline.
 */
class DecisionsTest {

  private static final Money LIMIT = Money.ofKroner(500_000);
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private static GrantApplication applicationUnder(Money delegationLimit) {
    Scheme scheme = TestSchemes.bio(2020, "BIO 2020", delegationLimit);
    FundingRound round =
        new FundingRound(
            scheme, "Runde 1", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31), false, 1L);
    Company company =
        new Company(
            new OrganisationNumber("974760673"),
            new CompanyProfile(
                "Firma AS",
                LegalForm.AS,
                "25.110",
                20,
                "3401",
                "Kongsvinger",
                null,
                List.of(new ContactPerson("Kari", "kari@firma.no", null))));
    ApplicationContent content =
        new ApplicationContent(
            "Omstilling",
            "Opplæring",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(600_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(1_400_000))));
    return new GrantApplication(round, company, content, "soker", Instant.EPOCH);
  }

  @Test
  void caseD1_theApproverNeverDecidesWhatTheyRecommended() {
    assertThat(messageKeyOf(() -> DecisionRules.requireFourEyes("saksbehandler", "saksbehandler")))
        .isEqualTo("decision.fourEyes");
    DecisionRules.requireFourEyes("saksbehandler", "leder");
  }

  @Test
  void caseD1_onlyARecommendedApplicationIsDecided() {
    DecisionRules.requireRecommended(ApplicationStatus.RECOMMENDED);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      if (status != ApplicationStatus.RECOMMENDED) {
        assertThatThrownBy(() -> DecisionRules.requireRecommended(status))
            .isInstanceOf(IllegalTransitionException.class);
      }
    }
  }

  @Test
  void caseD3_aDecisionNeedsWrittenReasonsWithinTheColumn() {
    assertThat(messageKeyOf(() -> DecisionRules.requireReasons(null)))
        .isEqualTo("validation.reasons.required");
    assertThat(messageKeyOf(() -> DecisionRules.requireReasons(" \n ")))
        .isEqualTo("validation.reasons.required");
    assertThat(
            messageKeyOf(
                () -> DecisionRules.requireReasons("x".repeat(Decision.REASONS_MAXLENGTH + 1))))
        .isEqualTo("validation.tooLong");
    DecisionRules.requireReasons("x".repeat(Decision.REASONS_MAXLENGTH));
  }

  @Test
  void caseD4_theCommitteeDecidesOnlyAboveTheDelegationLimit() {
    assertThat(DecisionRules.committeeDecides(LIMIT, LIMIT)).isFalse();
    assertThat(DecisionRules.committeeDecides(Money.of("500000.01"), LIMIT)).isTrue();
    assertThat(Decisions.aboveDelegationLimit(applicationUnder(LIMIT), LIMIT)).isFalse();
    assertThat(Decisions.aboveDelegationLimit(applicationUnder(LIMIT), Money.of("500000.01")))
        .isTrue();
    assertThat(
            Decisions.aboveDelegationLimit(
                applicationUnder(Money.ofKroner(100_000)), Money.ofKroner(150_000)))
        .isTrue();
  }

  @Test
  void caseD4_aboveTheLimitTheCommitteesCaseNumberIsRequiredAndBelowItIsNotKept() {
    Money above = Money.of("500000.01");
    assertThatThrownBy(() -> DecisionRules.committeeCaseNumber(above, LIMIT, " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("decision.committeeCaseRequired");
              assertThat(e.arguments()).containsExactly(LIMIT);
            });
    assertThat(messageKeyOf(() -> DecisionRules.committeeCaseNumber(above, LIMIT, null)))
        .isEqualTo("decision.committeeCaseRequired");
    assertThat(messageKeyOf(() -> DecisionRules.committeeCaseNumber(above, LIMIT, "x".repeat(41))))
        .isEqualTo("validation.tooLong");
    assertThat(DecisionRules.committeeCaseNumber(above, LIMIT, "  PS 12/20 "))
        .isEqualTo("PS 12/20");
    assertThat(DecisionRules.committeeCaseNumber(above, LIMIT, "x".repeat(40))).hasSize(40);
    assertThat(DecisionRules.committeeCaseNumber(LIMIT, LIMIT, "PS 12/20")).isNull();
  }

  @Test
  void caseD5_aGrantBelowTheAmountAppliedForIsPartial() {
    assertThat(DecisionRules.grantOutcome(ApplicationStatus.GRANTED))
        .isEqualTo(DecisionOutcome.GRANTED);
    assertThat(DecisionRules.grantOutcome(ApplicationStatus.PARTIALLY_GRANTED))
        .isEqualTo(DecisionOutcome.PARTIALLY_GRANTED);
  }

  @Test
  void caseT1_theAcceptanceDeadlineCountsFromTheDecisionsDateInOslo() {
    // 23:30 UTC on 31 March is already 1 April in Oslo (summer time).
    assertThat(DecisionRules.acceptanceDeadline(Instant.parse("2020-03-31T23:30:00Z"), OSLO, 21))
        .isEqualTo(LocalDate.of(2020, 4, 22));
    assertThat(DecisionRules.acceptanceDeadline(Instant.parse("2020-03-31T12:00:00Z"), OSLO, 21))
        .isEqualTo(LocalDate.of(2020, 4, 21));
    assertThat(DecisionRules.acceptanceDeadline(Instant.parse("2020-03-31T12:00:00Z"), OSLO, 0))
        .isEqualTo(LocalDate.of(2020, 3, 31));
  }
}
