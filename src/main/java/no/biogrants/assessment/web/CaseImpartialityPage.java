package no.biogrants.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.Impartiality;
import no.biogrants.assessment.ImpartialityDeclaration;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;

/**
 * The case page's impartiality panel ({@code WEB-INF/includes/case/impartiality.xhtml}): the user
 * declares whether they are disqualified (inhabil) before they see the case, and the list of who
 * declared what.
 */
@Named
@ViewScoped
public class CaseImpartialityPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private Impartiality impartiality;

  private List<ImpartialityDeclaration> declarations = List.of();
  private String conflictReason;

  @PostConstruct
  void init() {
    if (openCase.application() != null) {
      declarations = impartiality.declarationsFor(openCase.id());
    }
  }

  /** The user declares they are not disqualified (inhabil) for this case. */
  public void declareImpartial() {
    if (FacesActions.attempt(
            null, () -> impartiality.declare(openCase.actor(), openCase.id(), false, null))
        != null) {
      openCase.reload();
    }
  }

  /** The user declares a conflict of interest: they can never act on this case. */
  public void declareConflict() {
    if (FacesActions.attempt(
            "impartialityForm:conflictReason",
            () -> impartiality.declare(openCase.actor(), openCase.id(), true, conflictReason))
        != null) {
      Messages.info("impartiality.conflictDeclared");
      openCase.reload();
    }
  }

  public List<ImpartialityDeclaration> getDeclarations() {
    return declarations;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public void setConflictReason(String conflictReason) {
    this.conflictReason = conflictReason;
  }
}
