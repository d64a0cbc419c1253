package no.biogrants.casework.appeal;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.Ledger;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.CaseStage;
import no.biogrants.it.DecidedCases;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How appeals end, on Payara Micro against MariaDB: a forwarded appeal upheld by the appeal body
 * restores the decision and may be followed by another; a late appeal is flagged and dismissed as
 * late or considered anyway.
 */
@ExtendWith(ArquillianExtension.class)
class AppealOutcomesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private DecidedCases decided;
  @Inject private Appeals appeals;
  @Inject private Decisions decisions;
  @Inject private Applications applications;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  @Test
  void aForwardedAppealUpheldByTheBodyRestoresTheDecisionAndMayBeFollowedByAnother() {
    Long id = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
    Actor caseworker = actor("saksbehandler");
    assertRefused(
        () ->
            appeals.register(
                caseworker, id, AppealChannel.LETTER, today().plusDays(1), "Klage per brev."),
        "validation.appeal.dateInFuture");
    assertRefused(
        () ->
            appeals.register(
                caseworker, id, AppealChannel.LETTER, today().minusDays(1), "Klage per brev."),
        "validation.appeal.receivedBeforeDecision");
    assertRefused(
        () -> appeals.register(caseworker, id, AppealChannel.ONLINE, today(), "Klage per brev."),
        "validation.appeal.channelRequired");
    Appeal appeal =
        appeals.register(
            caseworker,
            id,
            AppealChannel.LETTER,
            today(),
            "Klage per brev: vi er uenige i poengene.");
    assertThat(appeal.getRegisteredBy()).isEqualTo("saksbehandler");
    assertRefused(
        () ->
            appeals.recordBodyOutcome(
                caseworker, id, AppealOutcome.UPHELD_BY_BODY, today(), "KN 1/2020", null),
        "appeal.notForwarded");

    appeals.forward(
        caseworker, id, today(), "Fylkeskommunen fastholder vedtaket; poengene er begrunnet.");

    assertThat(status(id)).isEqualTo(ApplicationStatus.APPEALED);
    assertRefused(
        () -> appeals.forward(caseworker, id, today(), "Igjen."), "appeal.alreadyForwarded");
    Appeal upheld =
        appeals.recordBodyOutcome(
            caseworker,
            id,
            AppealOutcome.UPHELD_BY_BODY,
            today(),
            "KN 17/2020",
            "Vedtaket stadfestes.");

    assertThat(upheld.getOutcome()).isEqualTo(AppealOutcome.UPHELD_BY_BODY);
    assertThat(upheld.getBodyCaseNumber()).isEqualTo("KN 17/2020");
    assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(ledger.entriesForApplication(id)).isEmpty();

    // Appealed again later: its own row, then withdrawn by the applicant.
    appeals.appeal(actor("soker"), id, "Ny klage med nye opplysninger.");
    assertThat(status(id)).isEqualTo(ApplicationStatus.APPEALED);
    assertThatThrownBy(() -> appeals.withdraw(actor("soker.46"), id, null))
        .isInstanceOf(AccessDeniedException.class);
    appeals.withdraw(actor("soker"), id, "Vi trekker klagen.");
    assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(appeals.appealsOf(actor("soker"), id))
        .extracting(Appeal::getOutcome)
        .containsExactly(AppealOutcome.WITHDRAWN, AppealOutcome.UPHELD_BY_BODY);
    assertRefused(() -> appeals.withdraw(actor("soker"), id, null), "appeal.noOpenAppeal");
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .containsSubsequence(
            "APPEAL_RECEIVED",
            "APPEAL_FORWARDED",
            "APPEAL_UPHELD_BY_BODY",
            "APPEAL_RECEIVED",
            "APPEAL_WITHDRAWN");
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().equals("APPEAL_UPHELD_BY_BODY"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetails())
                    .contains(
                        "status APPEALED -> REJECTED",
                        "appeal FORWARDED -> UPHELD_BY_BODY",
                        "KN 17/2020"));
  }

  @Test
  void caseA2_aLateAppealIsFlaggedAndDismissedAsLateOrConsideredAnyway() {
    Long id = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
    decided.backdateDecisions(id, 30);
    Decision decision = decisions.currentDecision(id).orElseThrow();
    AppealDeadline deadline = AppealDeadline.forDecisionAt(decision.getDecidedAt());
    Actor caseworker = actor("saksbehandler");

    Appeal late = appeals.appeal(actor("soker"), id, "Vi fikk ikke brevet før nå.");

    assertThat(late.isLate()).isTrue();
    assertThat(late.getDeadline()).isEqualTo(deadline.lastDay());
    assertThat(late.getDaysLate()).isEqualTo(deadline.daysLate(today())).isGreaterThanOrEqualTo(8);
    assertThat(late.isLateUndecided()).isTrue();
    assertThat(status(id)).isEqualTo(ApplicationStatus.APPEALED);
    assertRefused(
        () -> appeals.forward(caseworker, id, today(), "Uttalelse."), "appeal.lateUndecided");
    assertRefused(
        () -> appeals.dismissAsLate(caseworker, id, ""), "validation.appeal.reasonRequired");

    appeals.dismissAsLate(
        caseworker,
        id,
        "Klagen kom etter fristen, og det er ikke særlige grunner til å behandle den.");

    assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(appeals.appealsOf(caseworker, id))
        .first()
        .extracting(Appeal::getOutcome)
        .isEqualTo(AppealOutcome.DISMISSED_LATE);
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().equals("APPEAL_RECEIVED"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getDetails()).contains("late by " + late.getDaysLate() + " days"));
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("APPEAL_DISMISSED_LATE");

    // Another late appeal is considered anyway (fvl. § 31) and then handled as usual.
    Long considered = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
    decided.backdateDecisions(considered, 30);
    appeals.appeal(actor("soker"), considered, "Vi var ikke klar over fristen.");
    appeals.considerLate(
        caseworker, considered, "Søkeren fikk vedtaket sent på grunn av feil adresse.");
    assertRefused(
        () -> appeals.dismissAsLate(caseworker, considered, "For sent."),
        "appeal.lateAlreadyDecided");
    appeals.forward(caseworker, considered, today(), "Fylkeskommunen fastholder vedtaket.");
    assertThat(appeals.appealsOf(caseworker, considered))
        .first()
        .satisfies(
            a -> {
              assertThat(a.getLateReason())
                  .isEqualTo("Søkeren fikk vedtaket sent på grunn av feil adresse.");
              assertThat(a.isForwarded()).isTrue();
            });
    assertThat(audit.forEntity("GrantApplication", considered))
        .extracting(AuditEvent::getAction)
        .contains("APPEAL_LATE_CONSIDERED", "APPEAL_FORWARDED");

    // An appeal received on the last day is in time, and cannot be dismissed as late.
    Long onLastDay = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
    decided.backdateDecisions(onLastDay, 21);
    Appeal inTime =
        appeals.register(
            caseworker,
            onLastDay,
            AppealChannel.EMAIL,
            AppealDeadline.forDecisionAt(
                    decisions.currentDecision(onLastDay).orElseThrow().getDecidedAt())
                .lastDay(),
            "Klage per e-post.");
    assertThat(inTime.isLate()).isFalse();
    assertRefused(
        () -> appeals.dismissAsLate(caseworker, onLastDay, "For sent."), "appeal.notLate");
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
