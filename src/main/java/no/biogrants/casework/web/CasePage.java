package no.biogrants.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.web.OpenCase;
import no.biogrants.audit.AuditEvent;
import no.biogrants.casework.CaseAudit;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.infrastructure.web.Pages;
import org.omnifaces.cdi.Param;

/**
 * One case ({@code casework/case.xhtml}): opens the case for the user (or answers "not found"),
 * shows the application, whether the user may see its content, and the audit trail. The page's
 * panels have beans of their own, each in the feature that owns the panel ({@code Case…Page}, see
 * {@code package-info.java}); they share the open case ({@link OpenCase}). What the user may do
 * follows from the status and their role.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private CaseAudit caseAudit;

  /** {@code ?id=}, the application's id: read once, when the page is opened (see package-info). */
  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private List<AuditEvent> auditTrail;

  public void load() {
    id = Pages.idOf(idParameter);
    if (!openCase.open(id)) {
      Pages.notFound();
    }
  }

  /** The content is shown only to someone who has declared themselves impartial. */
  public boolean isContentVisible() {
    return openCase.contentVisible();
  }

  public boolean isDeclarationNeeded() {
    return openCase.declarationNeeded();
  }

  public boolean isConflicted() {
    return openCase.conflicted();
  }

  /**
   * Everything recorded about the case, oldest first: its own events, its decisions (and who read
   * their letters), its payment requests and its appeals.
   */
  public List<AuditEvent> getAuditTrail() {
    if (auditTrail == null) {
      auditTrail = caseAudit.trailOf(id);
    }
    return auditTrail;
  }

  public Long getId() {
    return id;
  }

  public GrantApplication getApplication() {
    return openCase.application();
  }
}
