package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Pages;
import org.omnifaces.cdi.Param;

/**
 * The receipt after submitting: the reference, when, and the PDF to keep. Only a submitted
 * application has one.
 */
@Named
@ViewScoped
public class ReceiptPage implements Serializable {

  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;

  /** The view parameter {@code id} as sent (OmniFaces), parsed by {@link Pages#idOf}. */
  @Inject
  @Param(name = "id")
  private String idParameter;

  private Long id;

  private GrantApplication application;

  public void load() {
    id = Pages.idOf(idParameter);
    application =
        id == null
            ? null
            : FacesActions.attempt(null, () -> applications.own(activeUser.actor(), id));
    if (application == null || application.getReference() == null) {
      Pages.notFound();
    }
  }

  public GrantApplication getApplication() {
    return application;
  }
}
