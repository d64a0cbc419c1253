package no.biogrants.casework.appeal;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
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
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.StatusChange;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import no.biogrants.shared.NorwegianFormat;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an appeal does to the money, on Payara Micro against MariaDB: an approver reverses a partial
 * grant, its commitment is released and a new grant books anew; the appeal body upholding a grant
 * leaves the money, setting one aside releases it.
 */
@ExtendWith(ArquillianExtension.class)
class AppealMoneyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Appeals appeals;
  @Inject private Decisions decisions;
  @Inject private Assessments assessments;
  @Inject private Applications applications;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private AuditLog audit;

  @Test
  void caseA3_anApproverReversesAPartialGrantTheCommitmentIsReleasedAndANewGrantBooksAnew() {
    Long id = fixtures.make(CaseStage.RECOMMENDED, fixtures.demoRound());
    Long lineId = assessments.currentRecommendation(id).orElseThrow().getBudgetLineId();
    BudgetLine before = budgets.line(lineId);
    decisions.grant(actor("leder"), id, "Delvis innvilget: deler av opplæringen er ordinær.");
    assertThat(status(id)).isEqualTo(ApplicationStatus.PARTIALLY_GRANTED);
    assertThat(budgets.line(lineId).getCommitted())
        .isEqualTo(before.getCommitted().plus(Money.ofKroner(100_000)));
    appeals.appeal(actor("soker"), id, "All opplæringen er knyttet til omstillingen.");

    assertRefused(() -> appeals.reverse(actor("leder"), id, "Medhold."), "appeal.ownDecision");
    assertThatThrownBy(() -> appeals.reverse(actor("saksbehandler"), id, "Medhold."))
        .isInstanceOf(AccessDeniedException.class);
    Actor otherApprover = fixtures.newUser("leder-klage", EnumSet.of(Role.APPROVER));
    assertRefused(() -> appeals.reverse(otherApprover, id, "Medhold."), "impartiality.required");
    fixtures.declareImpartial(otherApprover, List.of(id));
    assertRefused(
        () -> appeals.reverse(otherApprover, id, " "), "validation.appeal.reasonRequired");

    Appeal reversed =
        appeals.reverse(
            otherApprover, id, "Klageren har rett: hele opplæringen gjelder omstillingen.");

    assertThat(reversed.getOutcome()).isEqualTo(AppealOutcome.REVERSED_BY_COUNTY);
    assertThat(reversed.getClosedBy()).isEqualTo(otherApprover.username());
    assertThat(status(id)).isEqualTo(ApplicationStatus.IN_REVIEW);
    BudgetLine afterRelease = budgets.line(lineId);
    assertThat(afterRelease.getCommitted()).isEqualTo(before.getCommitted());
    assertThat(afterRelease.getAvailable()).isEqualTo(before.getAvailable());
    assertThat(afterRelease.getReleased())
        .isEqualTo(before.getReleased().plus(Money.ofKroner(100_000)));
    assertThat(ledger.balanceOf(lineId, LedgerRef.grant(id)).committed()).isEqualTo(Money.ZERO);
    assertThat(ledger.entriesForApplication(id))
        .extracting(LedgerEntry::getType, LedgerEntry::getAmount)
        .containsExactly(
            Tuple.tuple(LedgerEntryType.COMMITMENT, Money.ofKroner(100_000)),
            Tuple.tuple(LedgerEntryType.RELEASE, Money.ofKroner(100_000)));
    assertThat(ledger.entriesForApplication(id).get(1).getNote())
        .isEqualTo("Klageren har rett: hele opplæringen gjelder omstillingen.");

    // The existing flow: a new recommendation and a new decision, which books afresh.
    Actor caseworker = actor("saksbehandler");
    assessments.recommend(caseworker, id, Money.ofKroner(200_000), "Ny innstilling etter klage.");
    Decision newDecision =
        decisions.grant(actor("leder"), id, "Innvilget i sin helhet etter klage.");

    assertThat(status(id)).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(decisions.currentDecision(id).orElseThrow().getId()).isEqualTo(newDecision.getId());
    assertThat(ledger.balanceOf(lineId, LedgerRef.grant(id)).committed())
        .isEqualTo(Money.ofKroner(200_000));
    assertThat(budgets.line(lineId).getCommitted())
        .isEqualTo(before.getCommitted().plus(Money.ofKroner(200_000)));
    assertThat(ledger.entriesForApplication(id))
        .extracting(LedgerEntry::getType)
        .containsExactly(
            LedgerEntryType.COMMITMENT, LedgerEntryType.RELEASE, LedgerEntryType.COMMITMENT);
    assertThat(applications.own(actor("soker"), id).getHistory())
        .extracting(StatusChange::getTo)
        .endsWith(
            ApplicationStatus.PARTIALLY_GRANTED,
            ApplicationStatus.APPEALED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.RECOMMENDED,
            ApplicationStatus.GRANTED);
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().equals("APPEAL_REVERSED"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetails())
                    .contains(
                        "status APPEALED -> IN_REVIEW",
                        "appeal RECEIVED -> REVERSED_BY_COUNTY",
                        "released " + NorwegianFormat.money(Money.ofKroner(100_000))));
    assertThat(audit.forEntity("BudgetLine", lineId))
        .extracting(AuditEvent::getAction)
        .contains("LEDGER_RELEASE");
  }

  @Test
  void theBodyUpholdingAGrantLeavesTheMoneyAndSettingAnotherAsideReleasesIt() {
    Long upheldId = fixtures.make(CaseStage.RECOMMENDED, fixtures.demoRound());
    decisions.grant(actor("leder"), upheldId, "Delvis innvilget.");
    Actor caseworker = actor("saksbehandler");
    appeals.appeal(actor("soker"), upheldId, "Vi ønsker fullt beløp.");
    appeals.forward(caseworker, upheldId, today(), "Fylkeskommunen fastholder vedtaket.");
    appeals.recordBodyOutcome(
        caseworker, upheldId, AppealOutcome.UPHELD_BY_BODY, today(), "KN 18/2020", null);
    assertThat(status(upheldId)).isEqualTo(ApplicationStatus.PARTIALLY_GRANTED);
    assertThat(ledger.entriesForApplication(upheldId))
        .extracting(LedgerEntry::getType)
        .containsExactly(LedgerEntryType.COMMITMENT);

    Long setAsideId = fixtures.make(CaseStage.RECOMMENDED, fixtures.demoRound());
    Long lineId = assessments.currentRecommendation(setAsideId).orElseThrow().getBudgetLineId();
    decisions.grant(actor("leder"), setAsideId, "Delvis innvilget.");
    Money committed = budgets.line(lineId).getCommitted();
    appeals.appeal(actor("soker"), setAsideId, "Vi ønsker fullt beløp.");
    appeals.forward(caseworker, setAsideId, today(), "Fylkeskommunen fastholder vedtaket.");
    appeals.recordBodyOutcome(
        actor("leder"),
        setAsideId,
        AppealOutcome.SET_ASIDE_BY_BODY,
        today(),
        "KN 19/2020",
        "Ny behandling.");

    assertThat(status(setAsideId)).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(budgets.line(lineId).getCommitted())
        .isEqualTo(committed.minus(Money.ofKroner(100_000)));
    assertThat(ledger.balanceOf(lineId, LedgerRef.grant(setAsideId)).committed())
        .isEqualTo(Money.ZERO);
    assertThat(ledger.entriesForApplication(setAsideId))
        .last()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(LedgerEntryType.RELEASE);
              assertThat(e.getNote()).isEqualTo("KN 19/2020: Ny behandling.");
            });
  }

  private ApplicationStatus status(Long id) {
    return applications.own(actor("soker"), id).getStatus();
  }

  private static LocalDate today() {
    return LocalDate.now(ClockProducer.OSLO);
  }

  private Actor actor(String username) {
    return fixtures.actor(username);
  }
}
