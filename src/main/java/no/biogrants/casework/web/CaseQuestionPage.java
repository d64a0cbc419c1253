package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.biogrants.assessment.web.OpenCase;
import no.biogrants.casework.InfoRequests;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.InfoRequest;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;

/**
 * The case page's questions panel ({@code WEB-INF/includes/case/question.xhtml}): the questions to
 * the applicant with their answers, and the caseworker's new question (text, deadline and the parts
 * of the application the applicant may change).
 */
@Named
@ViewScoped
public class CaseQuestionPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private InfoRequests infoRequests;

  private List<InfoRequest> questions = List.of();
  private String question;
  private ApplicationPart[] questionParts = new ApplicationPart[0];
  private LocalDate questionDeadline;

  @PostConstruct
  void init() {
    questions = infoRequests.requestsOf(openCase.id());
  }

  public void ask() {
    if (openCase.changedMeanwhile()) {
      return;
    }
    if (FacesActions.attemptAt(
            CaseQuestionPage::questionFieldOf,
            () ->
                infoRequests.ask(
                    openCase.actor(),
                    openCase.id(),
                    question,
                    questionDeadline,
                    Set.of(questionParts)))
        != null) {
      Messages.info("info.asked");
      openCase.reload();
    }
  }

  private static String questionFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.info.deadlineFuture" -> "infoForm:questionDeadline";
      case "validation.info.questionRequired", "validation.tooLong" -> "infoForm:question";
      default -> null;
    };
  }

  public boolean isCanAsk() {
    return openCase.mayAct(
        Role.CASEWORKER, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
  }

  public List<InfoRequest> getQuestions() {
    return questions;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public LocalDate getQuestionDeadline() {
    return questionDeadline;
  }

  public void setQuestionDeadline(LocalDate questionDeadline) {
    this.questionDeadline = questionDeadline;
  }

  public ApplicationPart[] getQuestionParts() {
    return questionParts;
  }

  public void setQuestionParts(ApplicationPart[] questionParts) {
    this.questionParts = questionParts == null ? new ApplicationPart[0] : questionParts;
  }

  public ApplicationPart[] getApplicationParts() {
    return ApplicationPart.values();
  }
}
