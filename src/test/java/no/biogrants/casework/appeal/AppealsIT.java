package no.biogrants.casework.appeal;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import no.biogrants.attachment.AttachmentKind;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.OwnerType;
import no.biogrants.attachment.Pdfs;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.casework.Decision;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.CaseStage;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appealing on Payara Micro against MariaDB, through the real services: an applicant appeals in
 * time, a second open appeal is refused; the company attaches documents to its open appeal; other
 * counties' staff and other companies' users are refused; every step is audited. What an appeal
 * does to the money: {@link AppealMoneyIT}; the appeal body and late appeals: {@link
 * AppealOutcomesIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AppealsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Appeals appeals;
  @Inject private Decisions decisions;
  @Inject private Applications applications;
  @Inject private AuditLog audit;
  @Inject private Users users;
  @Inject private Attachments attachments;

  @Test
  void attA9_theCompanyAttachesDocumentsToItsOpenAppealWhichTheCountyReadsAndNobodyElse() {
    Long id = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
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
    Long id = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
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
        fixtures.scoredApplication(
            fixtures.demoRound(), Money.ofKroner(100_000), "soker", caseworker, 4);
    assertRefused(
        () -> appeals.appeal(applicant, stillInReview, "Vi klager."), "appeal.notAppealable");
  }

  @Test
  void otherCountiesStaffAndOtherCompaniesUsersAreRefused() {
    Long id = fixtures.make(CaseStage.REJECTED, fixtures.demoRound());
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
    Actor colleague = fixtures.newUser("saksbehandler-klage", EnumSet.of(Role.CASEWORKER));
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
