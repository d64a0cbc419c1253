package no.biogrants.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import no.biogrants.casework.Decision;
import no.biogrants.casework.appeal.Appeal;
import no.biogrants.casework.appeal.AppealDeadline;
import no.biogrants.casework.appeal.Appeals;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;

/**
 * The applicant's appeal page of an application: the decision and its deadline, write and send an
 * appeal, follow it, withdraw it. Only for users of the applicant company.
 */
@Named
@ViewScoped
public class ApplicantAppealPage implements Serializable {

  @Inject private Appeals appeals;
  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;
  @Inject private Clock clock;

  private Long id;
  private GrantApplication application;
  private List<Appeal> list = List.of();
  private Appeal open;
  private Decision decision;
  private String grounds;
  private String note;

  public void load() throws IOException {
    Actor actor = activeUser.actor();
    application = id == null ? null : FacesActions.attempt(null, () -> applications.own(actor, id));
    if (application == null) {
      Pages.notFound();
      return;
    }
    list = appeals.appealsOf(actor, id);
    open = list.stream().filter(Appeal::isOpen).findFirst().orElse(null);
    decision = appeals.currentDecision(actor, id).orElse(null);
  }

  public void send() {
    act("appealForm:grounds", () -> appeals.appeal(activeUser.actor(), id, grounds), "appeal.sent");
  }

  public void withdraw() {
    act(
        "withdrawForm:note",
        () -> appeals.withdraw(activeUser.actor(), id, note),
        "appeal.withdrawn");
  }

  private void act(String clientId, Supplier<Appeal> action, String doneKey) {
    if (FacesActions.attempt(clientId, action) != null) {
      Messages.info(doneKey);
      Pages.redirect("/casework/applicant-appeal.xhtml?id=" + id);
    }
  }

  public boolean isCanAppeal() {
    return open == null && decision != null && application.getStatus().isAppealable();
  }

  public AppealDeadline getDeadline() {
    return decision == null ? null : AppealDeadline.forDecisionAt(decision.getDecidedAt());
  }

  /** Today is after the last day to appeal the current decision. */
  public boolean isDeadlinePassed() {
    return decision != null && getDeadline().isLate(LocalDate.now(clock));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public GrantApplication getApplication() {
    return application;
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

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
