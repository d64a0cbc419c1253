package no.biogrants.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Impartiality;
import no.biogrants.assessment.ImpartialityDeclaration;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Formats;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.shared.MessageKey;

/**
 * The case open on the case page ({@code casework/case.xhtml}), shared by the page's beans: the
 * application as it was loaded, whether this user has declared themselves impartial, and the check
 * every action makes first (someone else changed the case meanwhile). Not a page bean: {@code
 * casework.web.CasePage} opens it, and the panels' beans ({@code Case…Page}) read it. It lives here
 * and not beside {@code CasePage} because the assessment panels (impartiality, gates, scoring,
 * recommendation) need it, and {@code assessment} may not depend on {@code casework}.
 */
@ViewScoped
public class OpenCase implements Serializable {

  @Inject private Assessments assessments;
  @Inject private Impartiality impartiality;
  @Inject private ActiveUser activeUser;
  @Inject private AuditLog audit;
  @Inject private Formats formats;

  private Long id;
  private GrantApplication application;
  private long loadedVersion;
  private ImpartialityDeclaration myDeclaration;

  /** Loads the case for the user; false: there is none they may see (answer "not found"). */
  public boolean open(Long id) {
    Actor actor = activeUser.actor();
    this.id = id;
    application =
        id == null ? null : FacesActions.attempt(null, () -> assessments.caseOf(actor, id));
    if (application == null) {
      return false;
    }
    loadedVersion = application.getVersion();
    myDeclaration = impartiality.declarationOf(actor, id).orElse(null);
    return true;
  }

  public Long id() {
    return id;
  }

  public GrantApplication application() {
    return application;
  }

  public Actor actor() {
    return activeUser.actor();
  }

  /** The content is shown only to someone who has declared themselves impartial. */
  public boolean contentVisible() {
    return myDeclaration != null && !myDeclaration.isConflicted();
  }

  public boolean declarationNeeded() {
    return myDeclaration == null;
  }

  public boolean conflicted() {
    return myDeclaration != null && myDeclaration.isConflicted();
  }

  /** The content is visible, the user has the role and the case is in one of the statuses. */
  public boolean mayAct(Role role, ApplicationStatus... statuses) {
    return contentVisible()
        && activeUser.hasRole(role)
        && List.of(statuses).contains(application.getStatus());
  }

  /**
   * True when someone else changed the case after this page was loaded: nothing of this user's is
   * saved; they are told who changed it, when and what it is now, and the page shows the new state.
   */
  public boolean changedMeanwhile() {
    GrantApplication now =
        FacesActions.attempt(null, () -> assessments.caseOf(activeUser.actor(), id));
    if (now == null || now.getVersion() == loadedVersion) {
      return false;
    }
    List<AuditEvent> trail = audit.forEntity("GrantApplication", id);
    AuditEvent last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
    Messages.error(
        null,
        "error.changedMeanwhile",
        last == null ? "" : last.getActor(),
        last == null ? "" : formats.date(last.getOccurredAt()),
        last == null ? "" : whatChanged(last.getAction()),
        now.getStatus());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    reload();
    return true;
  }

  /** Shows the case page again (post-redirect-get). */
  public void reload() {
    Pages.redirect("/casework/case.xhtml?id=" + id);
  }

  /** A status change by its status's label; anything else as "another change". */
  private static Object whatChanged(String action) {
    if (action.startsWith("STATUS_")) {
      try {
        return ApplicationStatus.valueOf(action.substring("STATUS_".length()));
      } catch (IllegalArgumentException e) {
        // not a status: fall through
      }
    }
    return new MessageKey("error.changedOther");
  }
}
