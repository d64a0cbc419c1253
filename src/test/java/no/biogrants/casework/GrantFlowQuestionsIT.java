package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.biogrants.assessment.Assessments;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.grantapplication.StatusChange;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.identity.Actor;
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
 * Questions to the applicant (info requests) on Payara Micro against MariaDB: a question parks the
 * case until the applicant answers; it opens only the parts it names, and the changes come back
 * with the answer.
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowQuestionsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private AuditLog audit;
  @Inject private InfoRequests infoRequests;
  @Inject private InfoRequestAnswers infoRequestAnswers;

  @Test
  void caseI1_aQuestionToTheApplicantParksTheCaseUntilTheApplicantAnswers() {
    Long roundId = fixtures.demoRound();
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 0);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);

    assertThatThrownBy(
            () -> infoRequests.ask(caseworker, id, "Hvor mange deltakere?", tomorrow.minusDays(1)))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.info.deadlineFuture");
    infoRequests.ask(caseworker, id, "Hvor mange deltakere er permittert?", tomorrow.plusDays(13));

    assertThat(applications.own(fixtures.actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.AWAITING_APPLICANT);
    assertThatThrownBy(() -> assessments.score(caseworker, id, fixtures.scores(caseworker, id, 4)))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(
            () -> infoRequestAnswers.answer(fixtures.actor("soker.46"), id, "Ikke min sak"))
        .isInstanceOf(AccessDeniedException.class);

    infoRequestAnswers.answer(fixtures.actor("soker"), id, "Tolv av tjue deltakere er permittert.");

    assertThat(applications.own(fixtures.actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(infoRequests.requestsOf(id))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isOpen()).isFalse();
              assertThat(r.getAnswer()).isEqualTo("Tolv av tjue deltakere er permittert.");
              assertThat(r.getAnsweredBy()).isEqualTo("soker");
            });
    assertThatThrownBy(() -> infoRequestAnswers.answer(fixtures.actor("soker"), id, "En gang til"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("info.noOpenQuestion");
    assertThat(applications.own(fixtures.actor("soker"), id).getHistory())
        .extracting(StatusChange::getTo)
        .containsSubsequence(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.AWAITING_APPLICANT,
            ApplicationStatus.IN_REVIEW);
    assertThat(infoRequests.overdue(caseworker)).isEmpty();
    assessments.score(caseworker, id, fixtures.scores(caseworker, id, 4));
  }

  @Test
  void aQuestionOpensOnlyTheNamedPartsAndTheChangesComeBackWithTheAnswer() {
    Long roundId = fixtures.demoRound();
    Actor caseworker = fixtures.actor("saksbehandler");
    Actor company = fixtures.actor("soker");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 0);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    infoRequests.ask(
        caseworker,
        id,
        "Legg til kurset i HMS i planen.",
        today.plusDays(14),
        Set.of(ApplicationPart.TRAINING_PLAN));
    GrantApplication before = applications.own(company, id);
    ApplicationContent changedTitle =
        new ApplicationContent(
            "En annen tittel",
            before.getDescription(),
            before.getTrainingPurpose(),
            before.getAmountApplied(),
            before.costPlan().items());
    ApplicationDetails d = before.details();
    List<TrainingPlanItem> plan = new ArrayList<>(d.trainingPlan());
    plan.add(new TrainingPlanItem("HMS-kurs", TrainingProvider.EXTERNAL, 8, 1, 10, 0, 0));
    ApplicationDetails changed =
        new ApplicationDetails(
            "Ny omstilling",
            d.trainingStart(),
            d.trainingEnd(),
            plan,
            d.ownContribution(),
            d.otherPublicFunding(),
            d.deMinimisAid(),
            d.committeeManagement(),
            d.committeeEmployees());

    assertThatThrownBy(
            () -> applications.saveDraft(company, id, changedTitle, changed, before.getVersion()))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("application.notEditable");
    infoRequestAnswers.answerWithChanges(company, id, "Kurset er lagt til.", changedTitle, changed);

    GrantApplication after = applications.own(company, id);
    assertThat(after.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(after.details().trainingPlan())
        .extracting(TrainingPlanItem::what)
        .contains("HMS-kurs");
    assertThat(after.getTitle()).isEqualTo(before.getTitle());
    assertThat(after.details().restructuring()).isEqualTo(d.restructuring());
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("CHANGED_ON_REQUEST");
  }
}
