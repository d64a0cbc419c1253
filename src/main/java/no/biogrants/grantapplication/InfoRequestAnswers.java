package no.biogrants.grantapplication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.InvalidInputException;

/**
 * The applicant's side of a request for more information ({@link InfoRequest}): the questions of an
 * application, and the answer that brings the case back to review (AWAITING_APPLICANT → IN_REVIEW),
 * with changes to the parts the question opened. The caseworker asks in {@code
 * casework.InfoRequests}.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class InfoRequestAnswers {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Applications applications;
  @Inject private AuditLog audit;

  /**
   * The applicant changes the parts the open question named and answers it, in one transaction: the
   * case goes back to review with the changes.
   */
  public InfoRequest answerWithChanges(
      Actor actor,
      Long applicationId,
      String answer,
      ApplicationContent content,
      ApplicationDetails details) {
    InfoRequest open =
        requestsOf(applicationId).stream()
            .filter(InfoRequest::isOpen)
            .findFirst()
            .orElseThrow(() -> new BusinessException("info.noOpenQuestion"));
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
        requestsOf(applicationId).stream()
            .filter(InfoRequest::isOpen)
            .findFirst()
            .orElseThrow(() -> new BusinessException("info.noOpenQuestion"));
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    open.answer(answer.strip(), actor.username(), clock.instant());
    application.answerApplicant(actor.username(), clock.instant());
    audit.record(
        actor.username(),
        "STATUS_IN_REVIEW",
        "GrantApplication",
        applicationId,
        "answer to info request " + open.getId());
    return open;
  }

  /** The questions and answers of one of the actor's own applications (the applicant's view). */
  public List<InfoRequest> requestsFor(Actor actor, Long applicationId) {
    applications.own(actor, applicationId);
    return requestsOf(applicationId);
  }

  public List<InfoRequest> requestsOf(Long applicationId) {
    return em.createQuery(
            "SELECT r FROM InfoRequest r WHERE r.applicationId = :id ORDER BY r.id",
            InfoRequest.class)
        .setParameter("id", applicationId)
        .getResultList();
  }
}
