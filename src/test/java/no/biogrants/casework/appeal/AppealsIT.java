package no.biogrants.casework.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.attachment.AttachmentKind;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.OwnerType;
import no.biogrants.attachment.Pdfs;
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
import no.biogrants.identity.Users;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appeals on Payara Micro against MariaDB, through the real services: an applicant appeals in time,
 * a second open appeal is refused; an approver reverses a partial grant, its commitment is released
 * and a new grant books anew; the appeal body upholds or sets aside; a late appeal is flagged and
 * dismissed or considered anyway; other counties' staff and other companies' users are refused;
 * every step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class AppealsIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private AppealFixtures appealFixtures;
  @Inject private Appeals appeals;
  @Inject private Decisions decisions;
  @Inject private Assessments assessments;
  @Inject private Applications applications;
  @Inject private Ledger ledger;
  @Inject private Budgets budgets;
  @Inject private AuditLog audit;
  @Inject private Users users;
  @Inject private Schemes schemes;
  @Inject private Attachments attachments;

  @Test
  void attA9_theCompanyAttachesDocumentsToItsOpenAppealWhichTheCountyReadsAndNobodyElse() {
    Long id = rejected();
    Actor applicant = actor("soker");
    Appeal appeal = appeals.appeal(applicant, id, "Vedlagt er dokumentasjon på omstillingen.");
    var owner = OwnerType.APPEAL;
    var kind = AttachmentKind.OTHER;
    byte[] pdf = Pdfs.onePage("Styrevedtak om omstilling");

    var added = attachments.add(applicant, owner, appeal.getId(), kind, "styrevedtak.pdf", pdf);

    assertThat(attachments.list(actor("saksbehandler"), owner, appeal.getId()))
        .extracting(a -> a.fileName())
        .containsExactly("styrevedtak.pdf");
    assertThat(attachments.read(actor("leder"), added.id()).content()).isEqualTo(pdf);
    assertThatThrownBy(() -> attachments.list(actor("soker.03"), owner, appeal.getId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> attachments.read(actor("saksbehandler.03"), added.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                attachments.add(
                    actor("saksbehandler"), owner, appeal.getId(), kind, "notat.pdf", pdf))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.forEntity("Appeal", appeal.getId()))
        .extracting(AuditEvent::getAction)
        .contains("ATTACHMENT_ADDED", "ATTACHMENT_READ");

    // Once the appeal is over (here withdrawn), its documents stay but can no longer change.
    appeals.withdraw(applicant, id, "Trukket.");
    assertRefused(
        () -> attachments.add(applicant, owner, appeal.getId(), kind, "etterpå.pdf", pdf),
        "attachment.appealClosed");
    assertRefused(() -> attachments.delete(applicant, added.id()), "attachment.appealClosed");
    assertThat(attachments.list(applicant, owner, appeal.getId())).hasSize(1);
  }

  @Test
  void caseA1_caseA3_anApplicantAppealsARejectionInTimeAndASecondOpenAppealIsRefused() {
    Long id = rejected();
    Actor applicant = actor("soker");
    Decision decision = decisions.currentDecision(id).orElseThrow();
    assertRefused(() -> appeals.appeal(applicant, id, "  "), "validation.appeal.groundsRequired");

    Appeal appeal = appeals.appeal(applicant, id, "Vi mener omstillingsbehovet er undervurdert.");

    assertThat(status(id)).isEqualTo(ApplicationStatus.APPEALED);
    assertThat(appeal.getChannel()).isEqualTo(AppealChannel.ONLINE);
    assertThat(appeal.getReceivedOn()).isEqualTo(today());
    assertThat(appeal.getDeadline())
        .isEqualTo(AppealDeadline.forDecisionAt(decision.getDecidedAt()).lastDay());
    assertThat(appeal.getDeadline())
        .isEqualTo(LocalDate.ofInstant(decision.getDecidedAt(), ClockProducer.OSLO).plusWeeks(3));
    assertThat(appeal.isLate()).isFalse();
    assertThat(appeal.getDecision().getId()).isEqualTo(decision.getId());
    assertThat(appeal.getAppealedStatus()).isEqualTo(ApplicationStatus.REJECTED);

    assertRefused(() -> appeals.appeal(applicant, id, "En klage til."), "appeal.alreadyOpen");
    Actor caseworker = actor("saksbehandler");
    assertRefused(
        () ->
            appeals.register(
                caseworker, id, AppealChannel.LETTER, today(), "Samme klage per brev."),
        "appeal.alreadyOpen");
    assertThat(appeals.appealsOf(applicant, id)).hasSize(1);
    assertThat(applications.own(applicant, id).getHistory())
        .last()
        .satisfies(
            h -> {
              assertThat(h.getFrom()).isEqualTo(ApplicationStatus.REJECTED);
              assertThat(h.getTo()).isEqualTo(ApplicationStatus.APPEALED);
              assertThat(h.getActor()).isEqualTo("soker");
              assertThat(h.getReason()).isEqualTo("Vi mener omstillingsbehovet er undervurdert.");
            });
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().equals("APPEAL_RECEIVED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo("soker");
              assertThat(e.getDetails())
                  .contains("status REJECTED -> APPEALED", "appeal NONE -> RECEIVED", "in time");
            });

    Long stillInReview =
        fixtures.scoredApplication(roundId(), Money.ofKroner(100_000), "soker", caseworker, 4);
    assertRefused(
        () -> appeals.appeal(applicant, stillInReview, "Vi klager."), "appeal.notAppealable");
  }

  @Test
  void caseA3_anApproverReversesAPartialGrantTheCommitmentIsReleasedAndANewGrantBooksAnew() {
    Long id = recommended(Money.ofKroner(100_000));
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
    Actor otherApprover = newUser("leder-klage", EnumSet.of(Role.APPROVER));
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
                        "released 100000.00"));
    assertThat(audit.forEntity("BudgetLine", lineId))
        .extracting(AuditEvent::getAction)
        .contains("LEDGER_RELEASE");
  }

  @Test
  void aForwardedAppealUpheldByTheBodyRestoresTheDecisionAndMayBeFollowedByAnother() {
    Long id = rejected();
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
  void theBodyUpholdingAGrantLeavesTheMoneyAndSettingAnotherAsideReleasesIt() {
    Long upheldId = recommended(Money.ofKroner(100_000));
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

    Long setAsideId = recommended(Money.ofKroner(100_000));
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

  @Test
  void caseA2_aLateAppealIsFlaggedAndDismissedAsLateOrConsideredAnyway() {
    Long id = rejected();
    appealFixtures.backdateDecisions(id, 30);
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
    Long considered = rejected();
    appealFixtures.backdateDecisions(considered, 30);
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
    Long onLastDay = rejected();
    appealFixtures.backdateDecisions(onLastDay, 21);
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

  @Test
  void otherCountiesStaffAndOtherCompaniesUsersAreRefused() {
    Long id = rejected();
    assertThatThrownBy(() -> appeals.appeal(actor("soker.46"), id, "Ikke min sak."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> appeals.appeal(actor("saksbehandler"), id, "Ikke part."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> appeals.appealsOf(actor("soker.46"), id))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                appeals.register(
                    actor("saksbehandler.46"), id, AppealChannel.LETTER, today(), "Klage."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                appeals.register(actor("analytiker"), id, AppealChannel.LETTER, today(), "Klage."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> appeals.appealsOf(actor("saksbehandler.46"), id))
        .isInstanceOf(AccessDeniedException.class);
    Actor colleague = newUser("saksbehandler-klage", EnumSet.of(Role.CASEWORKER));
    assertRefused(
        () -> appeals.register(colleague, id, AppealChannel.LETTER, today(), "Klage."),
        "impartiality.required");

    appeals.appeal(actor("soker"), id, "Vi klager.");

    assertThatThrownBy(() -> appeals.forward(actor("saksbehandler.46"), id, today(), "Uttalelse."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> appeals.reverse(actor("leder.46"), id, "Medhold."))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> appeals.withdraw(actor("saksbehandler.46"), id, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(status(id)).isEqualTo(ApplicationStatus.APPEALED);
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .containsOnlyOnce("APPEAL_RECEIVED");
  }

  /**
   * A new application by the demo applicant, recommended at {@code amount} (it applied for twice
   * that).
   */
  private Long recommended(Money amount) {
    return fixtures
        .recommendedApplications(1, roundId(), amount, "soker", actor("saksbehandler"))
        .get(0);
  }

  private Long rejected() {
    Long id = recommended(Money.ofKroner(100_000));
    decisions.reject(actor("leder"), id, "Rangert under finansieringslinjen.");
    return id;
  }

  private Long roundId() {
    return schemes.openRounds(COUNTY).get(0).getId();
  }

  private ApplicationStatus status(Long id) {
    return applications.own(actor("soker"), id).getStatus();
  }

  private static LocalDate today() {
    return LocalDate.now(ClockProducer.OSLO);
  }

  private static void assertRefused(ThrowingCallable call, String messageKey) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo(messageKey);
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }

  private Actor newUser(String prefix, EnumSet<Role> roles) {
    String username = prefix + "-" + System.nanoTime();
    return Actor.of(
        users.create(username, username, "hemmelig-passord".toCharArray(), COUNTY, roles));
  }
}
