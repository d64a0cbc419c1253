package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.InfoRequest;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.NorwegianFormat;

/**
 * Asking the applicant for more information: the caseworker asks with a deadline and the case waits
 * (IN_REVIEW → AWAITING_APPLICANT); the applicant's answer brings it back (→ IN_REVIEW, {@link
 * InfoRequestAnswers} in grantapplication, whose application form shows the questions). Unanswered
 * questions past their deadline are overdue and show in the queue.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class InfoRequests {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private InfoRequestAnswers answers;
  @Inject private AuditLog audit;

  public InfoRequest ask(Actor actor, Long applicationId, String question, LocalDate deadline) {
    return ask(actor, applicationId, question, deadline, Set.of());
  }

  /**
   * Asks the applicant, with a deadline after today; the named parts of the application open for
   * changes until the applicant answers (none: the answer is text only).
   */
  public InfoRequest ask(
      Actor actor,
      Long applicationId,
      String question,
      LocalDate deadline,
      Set<ApplicationPart> parts) {
    AccessDeniedException.unless(actor.has(Role.CASEWORKER));
    assessments.caseOf(actor, applicationId);
    impartiality.requireImpartial(actor, applicationId);
    if (question == null || question.isBlank()) {
      throw new InvalidInputException("validation.info.questionRequired");
    }
    if (question.length() > InfoRequest.QUESTION_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", InfoRequest.QUESTION_MAXLENGTH);
    }
    if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("validation.info.deadlineFuture");
    }
    GrantApplication application =
        em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (application.getStatus() == ApplicationStatus.SUBMITTED) {
      application.startReview(actor.username(), clock.instant());
    }
    application.awaitApplicant(actor.username(), clock.instant(), question.strip());
    InfoRequest request =
        new InfoRequest(
            applicationId, question.strip(), deadline, actor.username(), clock.instant());
    request.open(parts == null ? Set.of() : parts);
    em.persist(request);
    em.flush();
    audit.record(
        actor.username(),
        "STATUS_AWAITING_APPLICANT",
        "GrantApplication",
        applicationId,
        "info request " + request.getId() + ", deadline " + NorwegianFormat.date(deadline));
    return request;
  }

  /** The questions and answers of an application, oldest first (the case page's view). */
  public List<InfoRequest> requestsOf(Long applicationId) {
    return answers.requestsOf(applicationId);
  }

  /**
   * The county's unanswered questions past their deadline, oldest deadline first (the reminders).
   */
  public List<InfoRequest> overdue(Actor actor) {
    AccessDeniedException.unless(
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    return em.createQuery(
            "SELECT r FROM InfoRequest r, GrantApplication a WHERE a.id = r.applicationId AND a.countyCode = :county"
                + " AND r.answeredAt IS NULL AND r.deadline < :today ORDER BY r.deadline",
            InfoRequest.class)
        .setParameter("county", actor.countyCode())
        .setParameter("today", LocalDate.now(clock))
        .getResultList();
  }
}
