package no.biogrants.attachment;

import static no.biogrants.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.applicant.Companies;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.casework.InfoRequests;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments on Payara Micro against MariaDB, through the real services: a company adds, lists,
 * reads and deletes PDFs on its draft; non-PDFs, empty, oversized and encrypted files are refused
 * and nothing is stored; the county reads once the application is submitted, nobody else ever;
 * attachments change only while the application may be edited (also while the county waits for the
 * applicant); every step is in the application's audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentsIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private Attachments attachments;
  @Inject private Applications applications;
  @Inject private Companies companies;
  @Inject private Schemes schemes;
  @Inject private InfoRequests infoRequests;
  @Inject private InfoRequestAnswers infoRequestAnswers;
  @Inject private CaseFixtures fixtures;
  @Inject private AuditLog audit;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;

  @Test
  void attA6_paymentDocumentsGoWithAGrantBeingPaidAndNotWithADraft() {
    Actor applicant = fixtures.actor("soker");
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(1_000_000));
    Long granted =
        fixtures
            .recommendedApplications(
                1,
                fixtures.roundOn(lineId, COUNTY, 2020),
                Money.ofKroner(100_000),
                "soker",
                fixtures.actor("saksbehandler"))
            .get(0);
    decisions.grant(fixtures.actor("leder"), granted, "Innvilget.");
    byte[] pdf = Pdfs.onePage("Deltakerliste");

    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                granted,
                AttachmentKind.PARTICIPANT_LIST,
                "deltakere.pdf",
                pdf),
        "attachment.notEditable");
    acceptances.accept(applicant, granted, "1234.56.78903");
    AttachmentInfo list =
        attachments.add(
            applicant,
            OwnerType.APPLICATION,
            granted,
            AttachmentKind.PARTICIPANT_LIST,
            "deltakere.pdf",
            pdf);
    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                granted,
                AttachmentKind.TRAINING_PLAN,
                "plan.pdf",
                pdf),
        "attachment.notEditable");
    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                draft(applicant),
                AttachmentKind.INVOICES,
                "faktura.pdf",
                pdf),
        "attachment.notEditable");

    assertThat(attachments.list(fixtures.actor("saksbehandler"), OwnerType.APPLICATION, granted))
        .extracting(AttachmentInfo::id)
        .containsExactly(list.id());
  }

  @Test
  void attA1_attA4_attA7_theCompanyAddsListsReadsAndDeletesAPdfOnItsDraft() {
    Actor applicant = fixtures.actor("soker");
    Long id = draft(applicant);
    byte[] pdf = Pdfs.onePage("Opplaeringsplan");

    AttachmentInfo added =
        attachments.add(
            applicant,
            OwnerType.APPLICATION,
            id,
            AttachmentKind.TRAINING_PLAN,
            "C:\\fakepath\\Opplæringsplan.PDF",
            pdf);

    assertThat(added.fileName()).isEqualTo("Opplæringsplan.pdf");
    assertThat(added.sizeBytes()).isEqualTo(pdf.length);
    assertThat(added.sha256()).isEqualTo(Attachments.sha256(pdf)).hasSize(64);
    assertThat(added.uploadedBy()).isEqualTo("soker");
    assertThat(attachments.list(applicant, OwnerType.APPLICATION, id))
        .singleElement()
        .satisfies(
            listed -> {
              assertThat(listed.id()).isEqualTo(added.id());
              assertThat(listed.kind()).isEqualTo(AttachmentKind.TRAINING_PLAN);
              assertThat(listed.sha256()).isEqualTo(added.sha256());
            });
    AttachmentFile file = attachments.read(applicant, added.id());
    assertThat(file.content()).isEqualTo(pdf);
    assertThat(file.fileName()).isEqualTo("Opplæringsplan.pdf");

    attachments.delete(applicant, added.id());
    assertThat(attachments.list(applicant, OwnerType.APPLICATION, id)).isEmpty();
    assertThatThrownBy(() -> attachments.read(applicant, added.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().startsWith("ATTACHMENT_"))
        .extracting(AuditEvent::getAction)
        .containsExactly("ATTACHMENT_ADDED", "ATTACHMENT_READ", "ATTACHMENT_DELETED");
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().equals("ATTACHMENT_ADDED"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetails())
                    .contains("TRAINING_PLAN", "Opplæringsplan.pdf", added.sha256()));
  }

  @Test
  void attA1_attA2_attA3_onlyReadablePdfsWithinTheLimitAreStored() {
    Actor applicant = fixtures.actor("soker");
    Long id = draft(applicant);
    byte[] tooLarge = new byte[(int) attachments.maxBytes() + 1];
    System.arraycopy(Pdfs.onePage("x"), 0, tooLarge, 0, 100);

    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.OTHER,
                "notat.pdf",
                Pdfs.text()),
        "attachment.notPdf");
    assertRefused(
        () ->
            attachments.add(
                applicant, OwnerType.APPLICATION, id, AttachmentKind.OTHER, "tom.pdf", new byte[0]),
        "attachment.empty");
    assertRefused(
        () ->
            attachments.add(
                applicant, OwnerType.APPLICATION, id, AttachmentKind.OTHER, "stor.pdf", tooLarge),
        "attachment.tooLarge");
    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.OTHER,
                "låst.pdf",
                Pdfs.encrypted("passord")),
        "attachment.encrypted");
    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.OTHER,
                "aktiv.pdf",
                Pdfs.openActionJavaScript()),
        "attachment.javaScript");
    assertRefused(
        () ->
            attachments.add(
                applicant, OwnerType.APPLICATION, id, null, "plan.pdf", Pdfs.onePage("x")),
        "attachment.kindRequired");
    assertThat(attachments.list(applicant, OwnerType.APPLICATION, id)).isEmpty();
    assertThat(attachments.maxBytes()).isEqualTo(Attachments.DEFAULT_MAX_BYTES);
  }

  @Test
  void attA5_theCountyReadsOnceSubmittedAndNobodyElseEver() {
    Actor applicant = fixtures.actor("soker");
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id = draft(applicant);
    Long attachment =
        attachments
            .add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.ANNUAL_ACCOUNTS,
                "Årsregnskap 2019.pdf",
                Pdfs.onePage("Regnskap"))
            .id();

    // A draft is the company's own: not even its county sees it.
    assertThatThrownBy(() -> attachments.list(caseworker, OwnerType.APPLICATION, id))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> attachments.read(caseworker, attachment))
        .isInstanceOf(AccessDeniedException.class);

    applications.submit(applicant, id);
    assertThat(attachments.list(caseworker, OwnerType.APPLICATION, id))
        .extracting(AttachmentInfo::id)
        .containsExactly(attachment);
    assertThat(attachments.read(fixtures.actor("leder"), attachment).fileName())
        .isEqualTo("Årsregnskap 2019.pdf");
    assertThatThrownBy(
            () ->
                attachments.add(
                    caseworker,
                    OwnerType.APPLICATION,
                    id,
                    AttachmentKind.OTHER,
                    "x.pdf",
                    Pdfs.onePage("x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> attachments.delete(caseworker, attachment))
        .isInstanceOf(AccessDeniedException.class);

    for (String stranger :
        List.of("soker.46", "saksbehandler.46", "leder.46", "analytiker", "admin")) {
      Actor other = fixtures.actor(stranger);
      assertThatThrownBy(() -> attachments.list(other, OwnerType.APPLICATION, id))
          .as(stranger)
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> attachments.read(other, attachment))
          .as(stranger)
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> attachments.delete(other, attachment))
          .as(stranger)
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(
            () ->
                attachments.add(
                    fixtures.actor("soker.46"),
                    OwnerType.APPLICATION,
                    id,
                    AttachmentKind.OTHER,
                    "x.pdf",
                    Pdfs.onePage("x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> attachments.read(applicant, -1L))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.forEntity("GrantApplication", id))
        .filteredOn(e -> e.getAction().equals("ATTACHMENT_READ"))
        .extracting(AuditEvent::getActor)
        .containsExactly("leder");
  }

  @Test
  void attA6_attachmentsChangeOnlyWhileTheApplicationMayBeEdited() {
    Actor applicant = fixtures.actor("soker");
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id = draft(applicant);
    Long plan =
        attachments
            .add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.TRAINING_PLAN,
                "plan.pdf",
                Pdfs.onePage("Plan"))
            .id();
    applications.submit(applicant, id);

    assertRefused(
        () ->
            attachments.add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.OTHER,
                "mer.pdf",
                Pdfs.onePage("Mer")),
        "attachment.notEditable");
    assertRefused(() -> attachments.delete(applicant, plan), "attachment.notEditable");

    // The county asks a question: the company may bring documents with its answer.
    fixtures.declareImpartial(caseworker, List.of(id));
    infoRequests.ask(
        caseworker,
        id,
        "Send oppdatert opplæringsplan.",
        LocalDate.now(ClockProducer.OSLO).plusDays(14));
    assertThat(applications.own(applicant, id).getStatus())
        .isEqualTo(ApplicationStatus.AWAITING_APPLICANT);
    Long updated =
        attachments
            .add(
                applicant,
                OwnerType.APPLICATION,
                id,
                AttachmentKind.TRAINING_PLAN,
                "plan v2.pdf",
                Pdfs.onePage("Plan 2"))
            .id();
    attachments.delete(applicant, plan);
    infoRequestAnswers.answer(applicant, id, "Oppdatert plan er vedlagt.");

    assertRefused(() -> attachments.delete(applicant, updated), "attachment.notEditable");
    assertThat(attachments.list(caseworker, OwnerType.APPLICATION, id))
        .extracting(AttachmentInfo::fileName)
        .containsExactly("plan v2.pdf");
  }

  @Test
  void attA9_ownersOtherThanApplicationsAreRefusedUntilTheirPagesUseThem() {
    Actor applicant = fixtures.actor("soker");
    Long id = draft(applicant);
    assertThatThrownBy(
            () ->
                attachments.add(
                    applicant,
                    OwnerType.PAYMENT_REQUEST,
                    id,
                    AttachmentKind.INVOICES,
                    "f.pdf",
                    Pdfs.onePage("F")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> attachments.list(applicant, OwnerType.APPEAL, id))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** A new draft of the applicant's first company in the county's open round. */
  private Long draft(Actor applicant) {
    Long companyId = companies.forUser(applicant.userId()).get(0).getId();
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    ApplicationContent content =
        new ApplicationContent(
            "Vedleggstest",
            "Opplæring med plan og regnskap som vedlegg.",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(100_000),
            List.of(
                new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(300_000)),
                new CostItem(CostCategory.PARTICIPANT_WAGES, "Lønn", Money.ofKroner(100_000))));
    return applications
        .createDraft(
            applicant,
            companyId,
            roundId,
            content,
            CaseFixtures.readyDetails(LocalDate.now(ClockProducer.OSLO)))
        .getId();
  }
}
