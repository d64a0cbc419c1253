package no.biogrants.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.casework.Decision;
import no.biogrants.casework.appeal.Appeal;
import no.biogrants.casework.appeal.AppealChannel;
import no.biogrants.casework.appeal.AppealDeadline;
import no.biogrants.casework.appeal.AppealOutcome;
import no.biogrants.casework.appeal.Appeals;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import org.omnifaces.cdi.Param;

/**
 * The county's appeal page of a case: register an appeal received by letter or e-mail, see the
 * deadline check, decide on a late appeal, reverse, forward to the appeal body and record its
 * outcome, or record a withdrawal. Only for the county's staff who declared themselves impartial.
 */
@Named
@ViewScoped
public class AppealPage implements Serializable {

  @Inject private Appeals appeals;
  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private ActiveUser activeUser;
  @Inject private Clock clock;

  /** {@code ?id=}, the application's id: read once, when the page is opened. */
  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private GrantApplication application;
  private boolean impartial;
  private List<Appeal> list = List.of();
  private Appeal open;
  private Decision decision;
  private final AppealInput input = new AppealInput();

  public void load() throws IOException {
    id = Pages.idOf(idParameter);
    Actor actor = activeUser.actor();
    application =
        id == null ? null : FacesActions.attempt(null, () -> assessments.caseOf(actor, id));
    if (application == null) {
      Pages.notFound();
      return;
    }
    impartial = impartiality.declarationOf(actor, id).filter(d -> !d.isConflicted()).isPresent();
    if (impartial) {
      list = appeals.appealsOf(actor, id);
      open = list.stream().filter(Appeal::isOpen).findFirst().orElse(null);
      decision = appeals.currentDecision(actor, id).orElse(null);
    }
    input.startAt(getToday());
  }

  public void register() {
    act(
        key ->
            switch (key) {
              case "validation.appeal.channelRequired" -> "registerForm:channel";
              case "validation.appeal.dateRequired",
                  "validation.appeal.dateInFuture",
                  "validation.appeal.receivedBeforeDecision" ->
                  "registerForm:receivedOn";
              case "validation.appeal.groundsRequired", "validation.tooLong" ->
                  "registerForm:grounds";
              default -> null;
            },
        () ->
            appeals.register(
                activeUser.actor(),
                id,
                input.getChannel(),
                input.getReceivedOn(),
                input.getGrounds()),
        "appeal.received");
  }

  public void considerLate() {
    act(
        "lateForm:reason",
        () -> appeals.considerLate(activeUser.actor(), id, input.getReason()),
        "appeal.lateConsidered");
  }

  public void dismissAsLate() {
    act(
        "lateForm:reason",
        () -> appeals.dismissAsLate(activeUser.actor(), id, input.getReason()),
        "appeal.dismissedLate");
  }

  public void reverse() {
    act(
        "reverseForm:reason",
        () -> appeals.reverse(activeUser.actor(), id, input.getReason()),
        "appeal.reversed");
  }

  public void forward() {
    act(
        key ->
            switch (key) {
              case "validation.appeal.dateRequired",
                  "validation.appeal.dateInFuture",
                  "validation.appeal.forwardedBeforeReceived" ->
                  "forwardForm:forwardedOn";
              case "validation.appeal.statementRequired", "validation.tooLong" ->
                  "forwardForm:statement";
              default -> null;
            },
        () -> appeals.forward(activeUser.actor(), id, input.getForwardedOn(), input.getStatement()),
        "appeal.forwarded");
  }

  public void recordBodyOutcome() {
    act(
        key ->
            switch (key) {
              case "validation.appeal.bodyOutcomeRequired" -> "bodyForm:bodyOutcome";
              case "validation.appeal.dateRequired",
                  "validation.appeal.dateInFuture",
                  "validation.appeal.outcomeBeforeForwarded" ->
                  "bodyForm:bodyDecidedOn";
              case "validation.appeal.caseNumberRequired" -> "bodyForm:caseNumber";
              default ->
                  null; // "too long" may be the case number or the summary: at the top, with its
                // limit
            },
        () ->
            appeals.recordBodyOutcome(
                activeUser.actor(),
                id,
                input.getBodyOutcome(),
                input.getBodyDecidedOn(),
                input.getCaseNumber(),
                input.getSummary()),
        "appeal.bodyRecorded");
  }

  public void withdraw() {
    act(
        "withdrawForm:note",
        () -> appeals.withdraw(activeUser.actor(), id, input.getNote()),
        "appeal.withdrawn");
  }

  private void act(String clientId, Supplier<Appeal> action, String doneKey) {
    act(key -> clientId, action, doneKey);
  }

  /**
   * Runs the action; a refusal's message goes next to the field its message key is about ({@code
   * fieldOf}; null: the top).
   */
  private void act(Function<String, String> fieldOf, Supplier<Appeal> action, String doneKey) {
    if (FacesActions.attemptAt(fieldOf, action) != null) {
      Messages.info(doneKey);
      Pages.redirect("/casework/appeal.xhtml?id=" + id);
    }
  }

  public boolean isCanRegister() {
    return impartial && open == null && decision != null && application.getStatus().isAppealable();
  }

  public boolean isCanReverse() {
    return isConsiderable() && !open.isForwarded() && activeUser.isApprover() && !isOwnDecision();
  }

  /** The user made the appealed decision and may not reverse it. */
  public boolean isOwnDecision() {
    return open != null && open.getDecision().getDecidedBy().equals(activeUser.getUsername());
  }

  public boolean isCanForward() {
    return isConsiderable() && !open.isForwarded();
  }

  /** An open appeal that is in time, or late but considered anyway. */
  public boolean isConsiderable() {
    return open != null && !open.isLateUndecided();
  }

  public AppealDeadline getDeadline() {
    return decision == null ? null : AppealDeadline.forDecisionAt(decision.getDecidedAt());
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public List<AppealChannel> getChannels() {
    return List.of(AppealChannel.LETTER, AppealChannel.EMAIL);
  }

  public List<AppealOutcome> getBodyOutcomes() {
    return Arrays.stream(AppealOutcome.values()).filter(AppealOutcome::isBodyOutcome).toList();
  }

  public Long getId() {
    return id;
  }

  public GrantApplication getApplication() {
    return application;
  }

  public boolean isImpartial() {
    return impartial;
  }

  public List<Appeal> getList() {
    return list;
  }

  public Appeal getOpen() {
    return open;
  }

  public Decision getDecision() {
    return decision;
  }

  public AppealInput getInput() {
    return input;
  }
}
