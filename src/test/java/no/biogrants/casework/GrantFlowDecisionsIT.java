package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerEntryType;
import no.biogrants.budget.LedgerRef;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.grantapplication.StatusChange;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decisions on a case on Payara Micro against MariaDB, through the real services: the grant books a
 * commitment on the county's 2020 BIO line and the balances move with it; the recommender cannot
 * decide; a line is never overcommitted; above the delegation limit the committee decides; an
 * application with formal errors is dismissed. (That an application is never granted twice: {@link
 * GrantFlowGrantOnceIT}. Split by what they prove, as are {@link GrantFlowQueueIT}, {@link
 * GrantFlowGatesIT}, {@link GrantFlowQuestionsIT} and {@link GrantFlowSubmissionIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowDecisionsIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  @Test
  void caseD5_caseD6_assS5_grantBooksCommitmentOnTheCountysBioLineAndMovesItsBalance() {
    Long id =
        fixtures
            .recommendedApplications(
                1,
                fixtures.demoRound(),
                Money.ofKroner(150_000),
                "soker",
                fixtures.actor("saksbehandler"))
            .get(0);
    Long lineId = assessments.currentRecommendation(id).orElseThrow().getBudgetLineId();
    BudgetLine before = budgets.line(lineId);
    assertThat(before.getAllocation().getName()).isEqualTo("BIO 2020 (105 MNOK)");
    assertThat(before.getCountyCode()).isEqualTo(COUNTY);

    Decision decision =
        decisions.grant(fixtures.actor("leder"), id, "Godt begrunnet omstillingsbehov.");

    assertThat(decision.getAmount()).isEqualTo(Money.ofKroner(150_000));
    BudgetLine after = budgets.line(lineId);
    assertThat(after.getCommitted()).isEqualTo(before.getCommitted().plus(Money.ofKroner(150_000)));
    assertThat(after.getAvailable())
        .isEqualTo(before.getAvailable().minus(Money.ofKroner(150_000)));
    assertThat(after.getAllocated()).isEqualTo(before.getAllocated());

    List<LedgerEntry> entries = ledger.entriesForApplication(id);
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(LedgerEntryType.COMMITMENT);
              assertThat(e.getAmount()).isEqualTo(Money.ofKroner(150_000));
              assertThat(e.getBudgetLineId()).isEqualTo(lineId);
              assertThat(e.getActor()).isEqualTo("leder");
            });

    GrantApplication application = applications.own(fixtures.actor("soker"), id);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PARTIALLY_GRANTED);
    assertThat(application.getReference()).matches("\\d{4}-\\d{4}");
    assertThat(application.getHistory())
        .extracting(StatusChange::getTo)
        .containsExactly(
            ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.RECOMMENDED,
            ApplicationStatus.PARTIALLY_GRANTED);
    assertThat(application.getHistory())
        .extracting(StatusChange::getActor)
        .containsExactly("soker", "soker", "saksbehandler", "saksbehandler", "leder");

    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains(
            "STATUS_DRAFT",
            "STATUS_SUBMITTED",
            "STATUS_IN_REVIEW",
            "SCORED",
            "STATUS_RECOMMENDED",
            "STATUS_PARTIALLY_GRANTED");
    assertThat(audit.forEntity("BudgetLine", lineId))
        .extracting(AuditEvent::getAction)
        .contains("LEDGER_COMMITMENT");
  }

  @Test
  void caseD1_theRecommenderMayNotDecideTheirOwnCase() {
    Actor both =
        fixtures.newUser("saksbehandler-leder", EnumSet.of(Role.CASEWORKER, Role.APPROVER));
    Long id =
        fixtures
            .recommendedApplications(
                1, fixtures.demoRound(), Money.ofKroner(100_000), "soker", both)
            .get(0);

    assertThatThrownBy(() -> decisions.grant(both, id, "Innvilget."))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("decision.fourEyes");
    assertThat(applications.own(fixtures.actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.RECOMMENDED);
    assertThat(ledger.entriesForApplication(id)).isEmpty();
  }

  @Test
  void budB1_caseD6_aCommitmentAboveWhatTheLineHasIsRefusedAndChangesNothing() {
    BudgetLine line = budgets.linesFor(COUNTY, 2020).get(0);
    int entriesBefore = ledger.entriesOf(line.getId()).size();
    Money tooMuch = line.getAvailable().plus(Money.of("0.01"));

    assertThatThrownBy(() -> ledger.commit(line.getId(), tooMuch, LedgerRef.LINE, "test"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("budget.insufficient");
    BudgetLine after = budgets.line(line.getId());
    assertThat(after.getCommitted()).isEqualTo(line.getCommitted());
    assertThat(after.getAvailable()).isEqualTo(line.getAvailable());
    assertThat(ledger.entriesOf(line.getId())).hasSize(entriesBefore);
  }

  @Test
  void assS1_caseD1_aCaseworkerOfAnotherCountyCannotOpenTheCase() {
    Long id =
        fixtures
            .recommendedApplications(
                1,
                fixtures.demoRound(),
                Money.ofKroner(100_000),
                "soker",
                fixtures.actor("saksbehandler"))
            .get(0);
    assertThatThrownBy(() -> assessments.caseOf(fixtures.actor("saksbehandler.46"), id))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> decisions.grant(fixtures.actor("leder.46"), id, "Innvilget."))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void caseD4_aboveTheDelegationLimitTheCommitteesDecisionIsRecordedWithItsCaseNumber() {
    Long id =
        fixtures.recommendedAt(
            fixtures.demoRound(), Money.ofKroner(350_000), Money.ofKroner(600_000));

    assertThatThrownBy(
            () -> decisions.grant(fixtures.actor("leder"), id, "Innvilget i utvalget.", " "))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("decision.committeeCaseRequired");
    assertThat(ledger.entriesForApplication(id)).isEmpty();

    Decision decision =
        decisions.grant(
            fixtures.actor("leder"), id, "Innvilget i hovedutvalg for næring.", "PS 12/2021");

    assertThat(decision.isByCommittee()).isTrue();
    assertThat(decision.getCommitteeCaseNumber()).isEqualTo("PS 12/2021");
    assertThat(
            decisions
                .grant(
                    fixtures.actor("leder"),
                    fixtures.recommendedAt(
                        fixtures.demoRound(), Money.ofKroner(250_000), Money.ofKroner(500_000)),
                    "Innvilget.")
                .isByCommittee())
        .isFalse();
  }

  @Test
  void caseD2_anApproverDismissesAnApplicationWithFormalErrorsAndNothingIsBooked() {
    Long roundId = fixtures.demoRound();
    Long id =
        fixtures.scoredApplication(
            roundId, Money.ofKroner(100_000), "soker", fixtures.actor("saksbehandler"), 0);
    Actor approver = fixtures.actor("leder");
    fixtures.declareImpartial(approver, List.of(id));
    assertThatThrownBy(() -> decisions.dismiss(approver, id, " "))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.reasons.required");

    Decision decision =
        decisions.dismiss(
            approver, id, "Søknaden mangler opplæringsplan og signatur fra opplæringsutvalget.");

    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.DISMISSED);
    assertThat(decision.getAmount()).isEqualTo(Money.ZERO);
    assertThat(applications.own(fixtures.actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.DISMISSED);
    assertThat(ledger.entriesForApplication(id)).isEmpty();
    assertThatThrownBy(() -> decisions.dismiss(approver, id, "Igjen"))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
