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
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.AccessDeniedException;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;

/**
 * Asking the applicant for more information: the caseworker asks with a deadline and the case
 * waits (IN_REVIEW → AWAITING_APPLICANT); the applicant's answer brings it back (→ IN_REVIEW).
 * Unanswered questions past their deadline are overdue and show in the queue.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class InfoRequests {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private Applications applications;
  @Inject private AuditLog audit;

  public InfoRequest ask(Actor actor, Long applicationId, String question, LocalDate deadline) {
    return ask(actor, applicationId, question, deadline, java.util.Set.of());
  }

  /**
   * Asks the applicant, with a deadline after today; the named parts of the application open for
   * changes until the applicant answers (none: the answer is text only).
   */
  public InfoRequest ask(
      Actor actor, Long applicationId, String question, LocalDate deadline, java.util.Set<no.biogrants.grantapplication.ApplicationPart> parts) {
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
    GrantApplication application = em.find(GrantApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (application.getStatus() == ApplicationStatus.SUBMITTED) {
      application.startReview(actor.username(), clock.instant());
    }
    application.awaitApplicant(actor.username(), clock.instant(), question.strip());
    InfoRequest request = new InfoRequest(applicationId, question.strip(), deadline, actor.username(), clock.instant());
    request.open(parts == null ? java.util.Set.of() : parts);
    em.persist(request);
    em.flush();
    audit.record(actor.username(), "STATUS_AWAITING_APPLICANT", "GrantApplication", applicationId, "info request " + request.getId() + ", deadline " + deadline);
    return request;
  }

  /**
   * The applicant changes the parts the open question named and answers it, in one transaction:
   * the case goes back to review with the changes.
   */
  public InfoRequest answerWithChanges(
      Actor actor,
      Long applicationId,
      String answer,
      no.biogrants.grantapplication.ApplicationContent content,
      no.biogrants.grantapplication.ApplicationDetails details) {
    InfoRequest open =
        requestsOf(applicationId).stream().filter(InfoRequest::isOpen).findFirst().orElseThrow(() -> new BusinessException("info.noOpenQuestion"));
    if (!open.getParts().isEmpty()) {
      applications.saveOnRequest(actor, applicationId, content, details, open.getParts());
    }
    return answer(actor, applicationId, answer);
  }

  /** The applicant answers the open question; the case goes back to review. */
  public InfoRequest answer(Actor actor, Long applicationId, String answer) {
    GrantApplication application = applications.own(actor, applicationId);
    if (answer == null || answer.isBlank()) {
      throw new InvalidInputException("validation.info.answerRequired");
    }
    if (answer.length() > InfoRequest.ANSWER_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", InfoRequest.ANSWER_MAXLENGTH);
    }
    InfoRequest open =
        requestsOf(applicationId).stream().filter(InfoRequest::isOpen).findFirst().orElseThrow(() -> new BusinessException("info.noOpenQuestion"));
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    open.answer(answer.strip(), actor.username(), clock.instant());
    application.answerApplicant(actor.username(), clock.instant());
    audit.record(actor.username(), "STATUS_IN_REVIEW", "GrantApplication", applicationId, "answer to info request " + open.getId());
    return open;
  }

  /** The questions and answers of one of the actor's own applications (the applicant's view). */
  public List<InfoRequest> requestsFor(Actor actor, Long applicationId) {
    applications.own(actor, applicationId);
    return requestsOf(applicationId);
  }

  public List<InfoRequest> requestsOf(Long applicationId) {
    return em.createQuery("SELECT r FROM InfoRequest r WHERE r.applicationId = :id ORDER BY r.id", InfoRequest.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /** The county's unanswered questions past their deadline, oldest deadline first (the reminders). */
  public List<InfoRequest> overdue(Actor actor) {
    AccessDeniedException.unless((actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER)) && actor.countyCode() != null);
    return em.createQuery(
            "SELECT r FROM InfoRequest r, GrantApplication a WHERE a.id = r.applicationId AND a.countyCode = :county"
                + " AND r.answeredAt IS NULL AND r.deadline < :today ORDER BY r.deadline",
            InfoRequest.class)
        .setParameter("county", actor.countyCode())
        .setParameter("today", LocalDate.now(clock))
        .getResultList();
  }
}
