package no.biogrants.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.web.OpenCase;
import no.biogrants.casework.Assignments;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;

/**
 * The case page's assignment panel ({@code WEB-INF/includes/case/assignment.xhtml}): who works on
 * the case; assign it to a colleague of the county, or take it.
 */
@Named
@ViewScoped
public class CaseAssignmentPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private Assignments assignments;
  @Inject private ActiveUser activeUser;

  private List<AppUser> colleagues = List.of();
  private String assignTo;

  @PostConstruct
  void init() {
    Actor actor = openCase.actor();
    if (actor.countyCode() != null) {
      colleagues = assignments.colleagues(actor);
    }
    assignTo = openCase.application().getAssignee();
  }

  public void assign() {
    if (openCase.changedMeanwhile()) {
      return;
    }
    if (FacesActions.attempt(
        "assignForm:assignTo",
        () -> assignments.assign(openCase.actor(), openCase.id(), assignTo))) {
      Messages.info("case.assigned", assignTo);
      openCase.reload();
    }
  }

  public void takeIt() {
    if (openCase.changedMeanwhile()) {
      return;
    }
    assignTo = activeUser.getUsername();
    assign();
  }

  public List<AppUser> getColleagues() {
    return colleagues;
  }

  public String getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }
}
